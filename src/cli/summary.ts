import { formatNumber, type Decimal } from "../engine";
import type { WorkbookEvaluation } from "../workbook/evaluate-workbook";
import { countsSentence } from "../workbook/outcome-text";
import { periodTitle } from "../workbook/report-text";
import { oneLine } from "./terminal-text";
import { renderTable } from "./text-table";

const show = (value: Decimal | null) => (value === null ? "-" : formatNumber(value));

/** The Tabel Capaian Kinerja for the terminal. */
export function capaianTable(workbook: WorkbookEvaluation): string {
  const { info } = workbook;
  const title = [
    periodTitle(workbook.info),
    [info.unitKerja, info.pemerintahDaerah].filter(Boolean).join(", ").toUpperCase(),
  ].map(oneLine);
  const table = renderTable(
    [
      { header: "Baris", align: "right" },
      { header: "Level" },
      { header: "Indikator", maxWidth: 44 },
      { header: "Target", align: "right" },
      { header: "Realisasi", align: "right" },
      { header: "Capaian (%)", align: "right" },
      { header: "Predikat" },
    ],
    workbook.indicators.map(({ row, evaluation }) => [
      String(row.row + 1),
      row.level,
      row.indikator,
      show(evaluation.target),
      show(evaluation.realisasi),
      show(evaluation.capaian),
      evaluation.predikat ?? "-",
    ]),
  );
  return `${title.join("\n")}\n\nTabel Capaian Kinerja\n${table}`;
}

/** "3 indikator; 0 galat, 1 peringatan, 1 info" and one line per flag (a quoted cell's line breaks can't start a fake one). */
export function flagSummary(workbook: WorkbookEvaluation): string {
  const head = countsSentence(workbook).id;
  const lines = workbook.flags.map((f) => `  [${f.tingkat}] ${f.sel ? `${f.sel}: ` : ""}${oneLine(f.pesan)}`);
  return [head, ...lines].join("\n");
}
