import {
  causeForReader,
  describeMutu,
  formatFigure,
  formatInput,
  formatNumber,
  formatRupiah,
  type Evaluation,
  type Quarter,
} from "../engine";
import type { EvaluatedIndicator } from "./evaluate-workbook";
import type { InfoSheet } from "./read-info";

/**
 * The report's own Indonesian wording, written for the reader of a signed report: figures and
 * explanations, never a cell address or an instruction to the person preparing it (those are the
 * flags', and go to sheet Pemeriksaan, cell notes and the pane).
 */
export const ROMAN: Readonly<Record<Quarter, string>> = { 1: "I", 2: "II", 3: "III", 4: "IV" };
const LAST_MONTH: Readonly<Record<Quarter, string>> = { 1: "Maret", 2: "Juni", 3: "September", 4: "Desember" };

export function periodTitle(info: InfoSheet): string {
  const year = info.tahun ?? "....";
  return info.tahunan ? `LAPORAN KINERJA TAHUN ${year}` : `LAPORAN KINERJA TRIWULAN ${ROMAN[info.quarter]} TAHUN ${year}`;
}

export function periodSentence(info: InfoSheet): string {
  const unit = info.unitKerja ?? "unit kerja";
  const year = info.tahun ?? "....";
  const span = info.tahunan
    ? `Tahun ${year} (periode Januari s.d. Desember)`
    : `s.d. Triwulan ${ROMAN[info.quarter]} (periode Januari s.d. ${LAST_MONTH[info.quarter]}) Tahun ${year}`;
  return `Hasil pengukuran capaian kinerja ${unit} ${span} dapat dilihat pada tabel berikut:`;
}

/** The realisasi as printed: with the decimals it was derived or typed with. */
export const shownRealisasi = (evaluation: Evaluation) =>
  evaluation.realisasi === null ? "" : formatNumber(evaluation.realisasi, { decimals: evaluation.realisasiDecimals });

/** "= 20,11 + 8,88 + 17,02 + 47,64 = 93,65": how the realisasi was formed, or null if typed. */
export function realisasiFormulaText(evaluation: Evaluation, info: InfoSheet): string | null {
  const { derivation, realisasi } = evaluation;
  if (!derivation || !realisasi) return null;
  const result = shownRealisasi(evaluation);
  switch (derivation.kind) {
    case "triwulan": {
      const { aggregate } = derivation;
      const values = aggregate.dipakai.map((q) => formatInput(q.value));
      const until = info.tahunan ? "tahun ini" : `s.d. TW ${ROMAN[info.quarter]}`;
      if (aggregate.metode === "jumlah") return `realisasi ${until} = ${values.join(" + ")} = ${result}`;
      if (aggregate.metode === "rata-rata") return `realisasi ${until} = (${values.join(" + ")}) / ${values.length} = ${result}`;
      return `realisasi ${until} adalah nilai TW ${aggregate.dipakai[aggregate.dipakai.length - 1]!.tw} = ${result}`;
    }
    case "rasio":
      return `realisasi = ${formatInput(derivation.pembilang)} / ${formatInput(derivation.penyebut)} x 100 % = ${result}`;
    case "manual":
      return null;
  }
}

/** "93,65 / 95,23 x 100 % = 98,34 %", by the row's direction and formula. */
export function capaianFormulaText(evaluation: Evaluation, info: InfoSheet): string | null {
  const { target, realisasi, capaian } = evaluation;
  if (!target || !realisasi || !capaian) return null;
  const [t, r, c] = [formatFigure(target), shownRealisasi(evaluation), formatNumber(capaian)];
  if (evaluation.arah === "naik") return `${r} / ${t} x 100 % = ${c} %`;
  if (info.rumusTurun === "T/R") return `${t} / ${r} x 100 % = ${c} % (arah turun)`;
  return `(2 x ${t} - ${r}) / ${t} x 100 % = ${c} % (arah turun)`;
}

/** Why a row has no capaian, for the reader: "target belum ditetapkan". */
export function missingCapaianReason(item: EvaluatedIndicator): string | null {
  for (const flag of item.evaluation.flags) {
    if (flag.tingkat !== "galat") continue;
    const cause = causeForReader(flag);
    if (cause) return cause;
  }
  return null;
}

/** One paragraph of "Evaluasi dan Analisis Kinerja" for an indicator. */
export function evaluationParagraph(item: EvaluatedIndicator, info: InfoSheet): string {
  const { row, evaluation } = item;
  const parts: string[] = [];
  const subject = `Pada indikator ${row.indikator || "(tanpa nama)"}${row.uraian ? ` (${row.block.toLowerCase()}: ${row.uraian})` : ""}`;
  const formed = realisasiFormulaText(evaluation, info);
  const reached = capaianFormulaText(evaluation, info);
  if (reached) {
    const realisasi = formed ?? `realisasi ${shownRealisasi(evaluation)}`;
    parts.push(`${subject}, ${realisasi}; capaian = ${reached} dengan predikat ${evaluation.predikat}.`);
    if (evaluation.capaian!.greaterThan(100)) parts.push("Capaian ini melampaui target.");
  } else {
    const reason = missingCapaianReason(item);
    parts.push(`${subject}, capaian belum dapat dihitung${reason ? ` karena ${reason}` : ""}.`);
  }
  if (evaluation.catatan) parts.push(evaluation.catatan);
  if (item.mutuIkm) parts.push(`Dengan nilai IKM ${shownRealisasi(evaluation)}, mutu pelayanan ${describeMutu(item.mutuIkm)}.`);
  if (evaluation.anggaran && evaluation.realisasiAnggaran) {
    const spent = `Anggaran ${formatRupiah(evaluation.anggaran)} terealisasi ${formatRupiah(evaluation.realisasiAnggaran)}`;
    if (evaluation.penyerapan && evaluation.efisiensi) {
      parts.push(
        `${spent} (${formatNumber(evaluation.penyerapan)} %), sehingga dengan capaian ${formatNumber(evaluation.capaian!)} % kinerjanya ${evaluation.efisiensi.kategori}.`,
      );
    } else if (evaluation.penyerapan) {
      parts.push(`${spent} (${formatNumber(evaluation.penyerapan)} %).`);
    } else {
      parts.push(`${spent}.`);
    }
  }
  return parts.join(" ");
}

/** The Keterangan column: the user's own note, the quarterly values, the explanation, the IKM's mutu. */
export function keteranganText(item: EvaluatedIndicator): string {
  const { row, evaluation } = item;
  const lines: string[] = [];
  if (row.keterangan) lines.push(row.keterangan);
  const derivation = evaluation.derivation;
  if (derivation?.kind === "triwulan" && derivation.aggregate.hilang.length === 0) {
    lines.push(derivation.aggregate.dipakai.map((q) => `TW ${q.tw} = ${formatInput(q.value)}`).join("; "));
  }
  if (evaluation.catatan) lines.push(evaluation.catatan);
  if (item.mutuIkm) lines.push(`Mutu pelayanan: ${describeMutu(item.mutuIkm)}.`);
  if (evaluation.capaian === null) {
    const reason = missingCapaianReason(item);
    lines.push(`Capaian belum dapat dihitung${reason ? `: ${reason}` : ""}.`);
  }
  return lines.join("\n");
}

export const RENCANA_TINDAK_LANJUT_HINT =
  "Rencana tindak lanjut untuk meminimalkan kegagalan pencapaian kinerja pada periode berikutnya:";

export const TANGGAPAN_OPTIONS = [
  "Laporan kurang baik",
  "Laporan sudah baik",
  "Laporan diperbaiki",
  "Target dan realisasi diteliti ulang",
  "Capaian diteliti ulang",
  "Lain-lain",
] as const;
