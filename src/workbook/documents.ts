import type { WorkbookEvaluation } from "./evaluate-workbook";
import type { Message } from "./outcome-text";
import type { SheetKind } from "./plan";

/** The documents of the SAKIP year LAPKIN makes from one Indikator sheet (REGULATION.md). */
export type DocumentKind = "laporan" | "pk" | "rencanaAksi" | "evaluasi";

export interface DocumentDefinition {
  readonly kind: DocumentKind;
  readonly sheet: SheetKind;
  /** The sheet's name, where the user has none of that name. */
  readonly sheetName: string;
  /** As the command line's --dokumen names it. */
  readonly cli: string;
  readonly label: Message;
}

export const DOCUMENTS: readonly DocumentDefinition[] = [
  {
    kind: "laporan",
    sheet: "laporan",
    sheetName: "Laporan",
    cli: "laporan",
    label: { id: "Laporan Kinerja", en: "Performance Report" },
  },
  { kind: "pk", sheet: "pk", sheetName: "PK", cli: "pk", label: { id: "Perjanjian Kinerja", en: "Performance Agreement" } },
  {
    kind: "rencanaAksi",
    sheet: "rencanaAksi",
    sheetName: "Rencana Aksi",
    cli: "rencana-aksi",
    label: { id: "Rencana Aksi", en: "Action Plan" },
  },
  {
    kind: "evaluasi",
    sheet: "evaluasiRenja",
    sheetName: "Evaluasi Renja",
    cli: "evaluasi",
    label: { id: "Evaluasi Renja", en: "Work Plan Evaluation" },
  },
];

export const documentDefinition = (kind: DocumentKind) => DOCUMENTS.find((d) => d.kind === kind)!;

/** Whether a document can be made from this workbook, and if not, what would add it. */
export interface DocumentAvailability {
  readonly kind: DocumentKind;
  readonly available: boolean;
  /** What the workbook lacks for it, or for a part of it (a section left out), said to the user. */
  readonly needs: Message | null;
}

const hasNumbers = (workbook: WorkbookEvaluation, keys: readonly string[]) =>
  workbook.indicators.some((item) => keys.some((key) => item.row.numbers.get(key as never)?.value != null));

export function documentAvailability(workbook: WorkbookEvaluation): DocumentAvailability[] {
  const targetTw = hasNumbers(workbook, ["targetTw1", "targetTw2", "targetTw3", "targetTw4"]);
  const budget = hasNumbers(workbook, ["anggaran"]);
  const renstra = hasNumbers(workbook, ["targetRenstra"]);
  return [
    {
      kind: "laporan",
      available: true,
      needs:
        workbook.info.tahunan &&
        !hasNumbers(workbook, ["realisasiTahunLalu", "targetRenstra", "standarNasional"]) &&
        workbook.indicators.every((i) => i.row.years.size === 0)
          ? {
              id: "Perbandingan LKjIP perlu kolom Realisasi 2022 (tahun-tahun sebelumnya), Target Renstra atau Standar Nasional.",
              en: "The LKjIP comparisons need columns Realisasi 2022 (earlier years), Target Renstra or Standar Nasional.",
            }
          : null,
    },
    {
      kind: "pk",
      available: true,
      needs: budget
        ? null
        : { id: "Tabel anggaran PK perlu kolom Anggaran.", en: "The agreement's budget table needs an Anggaran column." },
    },
    {
      kind: "rencanaAksi",
      available: targetTw,
      needs: targetTw
        ? null
        : {
            id: "Rencana Aksi perlu kolom Target TW1 sampai Target TW4.",
            en: "The action plan needs columns Target TW1 to Target TW4.",
          },
    },
    {
      kind: "evaluasi",
      available: true,
      needs: renstra
        ? null
        : {
            id: "Kolom 6, 7, 14 dan 15 Evaluasi Renja perlu kolom Target Renstra dan Realisasi s.d. Tahun Lalu.",
            en: "Columns 6, 7, 14 and 15 of the evaluation need Target Renstra and Realisasi s.d. Tahun Lalu.",
          },
    },
  ];
}
