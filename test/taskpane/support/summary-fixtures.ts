import type { Loaded } from "../../../src/taskpane/backend";
import { evaluateWorkbook } from "../../../src/workbook/evaluate-workbook";
import { paneView, type WorkbookView } from "../../../src/workbook/pane-view";
import { snapshotOfGrids } from "../../../src/workbook/snapshot";
import type { Grid } from "../../../src/workbook/cells";
import { SEED_DESA, SEED_FASILITASI, SEED_IKM } from "../../support/seed";

export function viewOf(grids: { info: Grid; indikator: Grid }): WorkbookView {
  const result = evaluateWorkbook(snapshotOfGrids(grids));
  if (!result.ok) throw new Error(result.message);
  return paneView(result.workbook);
}

export const loadedOf = (grids: { info: Grid; indikator: Grid }): Loaded => ({
  kind: "view",
  view: viewOf(grids),
});

/** DOMAIN.md's default scale (lima-tingkat): 91, 76, 66 and 51 the lower bounds, each included. */
export function limaTingkat(capaian: number): string {
  if (capaian >= 91) return "Sangat Tinggi";
  if (capaian >= 76) return "Tinggi";
  if (capaian >= 66) return "Sedang";
  if (capaian >= 51) return "Rendah";
  return "Sangat Rendah";
}

/** "94.30" as the pane shows it: 94,30. */
export const shownComma = (figure: string | number) =>
  (typeof figure === "number" ? figure.toFixed(2) : figure).replace(".", ",");

/** The seed's three capaian, in sheet order, as the seed prints them. */
export const SEED_CAPAIAN = [SEED_IKM.expected.capaian, SEED_FASILITASI.expected.capaian, SEED_DESA.expected.capaian];
