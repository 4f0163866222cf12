import type { SheetPlan } from "../workbook/plan";
import type { Message } from "../workbook/outcome-text";

/**
 * What the user is told when the running Excel can't draw the plans' charts (capabilities.ts):
 * which sheets go without them, that their figures are complete, and where a report with charts
 * can be had. Null when no sheet has a chart.
 */
export function chartsLeftOut(sheets: readonly Pick<SheetPlan, "name" | "charts">[]): Message | null {
  const names = sheets.filter((s) => s.charts.length > 0).map((s) => s.name);
  if (names.length === 0) return null;
  const list = (locale: string) => new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
  return {
    id:
      `Grafik di sheet ${list("id")} tidak dibuat: Excel ini belum bisa menggambar grafik dari add-in ` +
      "(perlu Excel 2019 atau yang lebih baru, Excel di web, atau Microsoft 365). Angka di sheet tetap lengkap. " +
      "Untuk laporan dengan grafik, buka LAPKIN di browser atau jalankan perintah lapkin, lalu buka file hasilnya di Excel.",
    en:
      `The charts of the ${list("en")} sheet${names.length > 1 ? "s" : ""} were not drawn: this Excel can't draw charts ` +
      "from an add-in (it needs Excel 2019 or later, Excel on the web, or Microsoft 365). The figures on the sheets are complete. " +
      "For a report with charts, open LAPKIN in a browser or run the lapkin command, then open the file it writes in Excel.",
  };
}
