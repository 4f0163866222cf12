import { formatInput, formatNumber, formatRupiah, type Decimal, type Evaluation, type Quarter } from "../engine";
import type { EvaluatedIndicator } from "./evaluate-workbook";
import type { InfoSheet } from "./read-info";

/** The report's own Indonesian wording (flags keep theirs in the engine's catalogue). */
const ROMAN: Readonly<Record<Quarter, string>> = { 1: "I", 2: "II", 3: "III", 4: "IV" };
const LAST_MONTH: Readonly<Record<Quarter, string>> = { 1: "Maret", 2: "Juni", 3: "September", 4: "Desember" };

export function periodTitle(info: InfoSheet): string {
  return `LAPORAN KINERJA TRIWULAN ${ROMAN[info.quarter]} TAHUN ${info.tahun ?? "...."}`;
}

export function periodSentence(info: InfoSheet): string {
  const unit = info.unitKerja ?? "unit kerja";
  return (
    `Hasil pengukuran capaian kinerja ${unit} s.d. Triwulan ${ROMAN[info.quarter]} ` +
    `(periode Januari s.d. ${LAST_MONTH[info.quarter]}) Tahun ${info.tahun ?? "...."} dapat dilihat pada tabel berikut:`
  );
}

const fixed = (value: Decimal) => formatNumber(value);

/** "= 20,11 + 8,88 + 17,02 + 47,64 = 93,65": how the realisasi was formed, or null if typed. */
export function realisasiFormulaText(evaluation: Evaluation, info: InfoSheet): string | null {
  const { derivation, realisasi } = evaluation;
  if (!derivation || !realisasi) return null;
  switch (derivation.kind) {
    case "triwulan": {
      const { aggregate } = derivation;
      const values = aggregate.dipakai.map((q) => formatInput(q.value));
      const until = `s.d. TW ${ROMAN[info.quarter]}`;
      if (aggregate.metode === "jumlah") return `realisasi ${until} = ${values.join(" + ")} = ${fixed(realisasi)}`;
      if (aggregate.metode === "rata-rata") {
        return `realisasi ${until} = (${values.join(" + ")}) / ${values.length} = ${fixed(realisasi)}`;
      }
      return `realisasi ${until} adalah nilai TW ${aggregate.dipakai[aggregate.dipakai.length - 1]!.tw} = ${fixed(realisasi)}`;
    }
    case "rasio":
      return `realisasi = ${formatInput(derivation.pembilang)} / ${formatInput(derivation.penyebut)} x 100 % = ${fixed(realisasi)}`;
    case "manual":
      return null;
  }
}

/** "93,65 / 95,23 x 100 % = 98,34 %", by the row's direction and formula. */
export function capaianFormulaText(evaluation: Evaluation, info: InfoSheet): string | null {
  const { target, realisasi, capaian } = evaluation;
  if (!target || !realisasi || !capaian) return null;
  const [t, r, c] = [fixed(target), fixed(realisasi), fixed(capaian)];
  if (evaluation.arah === "naik") return `${r} / ${t} x 100 % = ${c} %`;
  if (info.rumusTurun === "T/R") return `${t} / ${r} x 100 % = ${c} % (arah turun)`;
  return `(2 x ${t} - ${r}) / ${t} x 100 % = ${c} % (arah turun)`;
}

/** One paragraph of "Evaluasi dan Analisis Kinerja" for an indicator. */
export function evaluationParagraph(item: EvaluatedIndicator, info: InfoSheet): string {
  const { row, evaluation } = item;
  const parts: string[] = [];
  const subject = `Pada indikator ${row.indikator || "(tanpa nama)"}${row.uraian ? ` (${row.block.toLowerCase()}: ${row.uraian})` : ""}`;
  const formed = realisasiFormulaText(evaluation, info);
  const reached = capaianFormulaText(evaluation, info);
  const reason = reached ? undefined : item.flags.find((f) => f.tingkat === "galat");
  if (reached) {
    const realisasi = formed ?? `realisasi ${fixed(evaluation.realisasi!)}`;
    parts.push(`${subject}, ${realisasi}; capaian = ${reached} dengan predikat ${evaluation.predikat}.`);
  } else {
    parts.push(`${subject}, capaian belum dapat dihitung${reason ? `: ${reason.pesan}` : "."}`);
  }
  if (evaluation.catatan) parts.push(evaluation.catatan);
  if (evaluation.anggaran && evaluation.realisasiAnggaran) {
    const spent = `Anggaran ${formatRupiah(evaluation.anggaran)} terealisasi ${formatRupiah(evaluation.realisasiAnggaran)}`;
    if (evaluation.penyerapan && evaluation.efisiensi) {
      parts.push(
        `${spent} (${fixed(evaluation.penyerapan)} %), sehingga dengan capaian ${fixed(evaluation.capaian!)} % kinerjanya ${evaluation.efisiensi.kategori}.`,
      );
    } else if (evaluation.penyerapan) {
      parts.push(`${spent} (${fixed(evaluation.penyerapan)} %).`);
    } else {
      parts.push(`${spent}.`);
    }
  }
  // The reason already given, and a missing quarter the note already tells, need no second mention.
  const attention = item.flags.filter((f) => f !== reason && !(f.kode === "TW_HILANG" && evaluation.catatan));
  if (attention.length > 0) parts.push(`Perlu diperhatikan: ${attention.map((f) => f.pesan).join(" ")}`);
  return parts.join(" ");
}

/** The Keterangan column: the user's own note, the quarterly values, the note, then the flags. */
export function keteranganText(item: EvaluatedIndicator): string {
  const { row, evaluation } = item;
  const lines: string[] = [];
  if (row.keterangan) lines.push(row.keterangan);
  const derivation = evaluation.derivation;
  if (derivation?.kind === "triwulan" && derivation.aggregate.hilang.length === 0) {
    lines.push(derivation.aggregate.dipakai.map((q) => `TW ${q.tw} = ${formatInput(q.value)}`).join("; "));
  }
  if (evaluation.catatan) lines.push(evaluation.catatan);
  for (const flag of item.flags) {
    if (flag.kode === "TW_HILANG" && evaluation.catatan) continue;
    lines.push(flag.pesan);
  }
  return lines.join("\n");
}

export const RENCANA_TINDAK_LANJUT_HINT =
  "Rencana tindak lanjut untuk meminimalkan kegagalan pencapaian kinerja pada periode berikutnya (isi oleh unit kerja):";

export const TANGGAPAN_OPTIONS = [
  "Laporan kurang baik",
  "Laporan sudah baik",
  "Laporan diperbaiki",
  "Target dan realisasi diteliti ulang",
  "Capaian diteliti ulang",
  "Lain-lain",
] as const;
