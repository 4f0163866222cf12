/**
 * What the running Excel can do beyond the add-in's minimum, asked at run time rather than raised
 * in the manifest, so that older hosts still get their report (with fewer trimmings, or more syncs).
 */
export interface HostCapabilities {
  /** Cell notes: ExcelApi 1.18. */
  readonly notes: boolean;
  /** Threaded comments: ExcelApi 1.10 (used where notes aren't available). */
  readonly comments: boolean;
  /** Page layout (paper, orientation, print titles, page breaks): ExcelApi 1.9. */
  readonly pageLayout: boolean;
  /** Adding defined names, LAPKIN's marks of its own columns and sheets: ExcelApi 1.4. */
  readonly names: boolean;
  /** Worksheet.getRanges (RangeAreas), formatting many rectangles in one call: ExcelApi 1.9. */
  readonly rangeAreas: boolean;
  /** Worksheet.freezePanes, a recap's title and header rows kept in view while scrolling: ExcelApi 1.7. */
  readonly freezePanes: boolean;
  /** Application.suspendApiCalculationUntilNextSync, no recalculation while writing: ExcelApi 1.6. */
  readonly suspendCalculation: boolean;
  /**
   * Native charts as the plans draw them: a series' cells, its own chart type, line style, markers
   * and data labels need ExcelApi 1.7, an axis's number format 1.8 (Excel 2019 and later, Excel on
   * the web, Microsoft 365). Perpetual Excel 2016 (1.1) gets no charts rather than different ones.
   */
  readonly charts: boolean;
}

export function detectCapabilities(): HostCapabilities {
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return {
    notes: supports("1.18"),
    comments: supports("1.10"),
    pageLayout: supports("1.9"),
    names: supports("1.4"),
    rangeAreas: supports("1.9"),
    suspendCalculation: supports("1.6"),
    freezePanes: supports("1.7"),
    charts: supports("1.8"),
  };
}
