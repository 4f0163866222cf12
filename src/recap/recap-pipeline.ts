import { TINGKAT_ORDER } from "../engine";
import type { NameMark } from "../workbook/marks";
import { acrossUnits } from "./across-units";
import type { ExpectedUnits } from "./expected-units";
import { majorityOf, type Majority } from "./majority";
import { planGrafikRekap } from "./grafik-rekap-plan";
import { planMasalah } from "./masalah-plan";
import type { ProblemLine } from "./problem";
import { recapMarks } from "./recap-marks";
import type { RecapSheetPlan, TitleLine } from "./recap-sheet";
import { planRekapIndikator } from "./rekap-indikator-plan";
import { planRekapUnit } from "./rekap-unit-plan";
import type { UnitSummary } from "./unit-summary";

/** What a recap is made from: each unit read, each file not read, and (optionally) the units expected. */
export interface RecapInput {
  /** Every unit workbook read, in the order found. */
  readonly units: readonly UnitSummary[];
  /** Files not recapped, each a problem line: unreadable ones, and LAPKIN's own recaps. */
  readonly skipped: readonly ProblemLine[];
  readonly expected: ExpectedUnits | null;
}

/** Everything a door writes for a recap, and what the command line reports of it. */
export interface RecapPlans {
  readonly sheets: readonly RecapSheetPlan[];
  readonly names: readonly NameMark[];
  readonly activeSheet: string;
  /** The units recapped, one per unit, in Rekap Unit's order. */
  readonly units: readonly UnitSummary[];
  /** Every line of sheet Masalah, in its order. */
  readonly problems: readonly ProblemLine[];
  /** How many of those are problems across units (they come first). */
  readonly acrossUnits: number;
  readonly tahun: Majority | null;
  readonly periode: Majority | null;
  /** "REKAP LAPORAN KINERJA TRIWULAN IV TAHUN 2023", as Rekap Unit's title. */
  readonly title: string;
  /** The Pemerintah Daerah most units name ("KABUPATEN LUMAJANG"), or null. */
  readonly region: string | null;
  /** "Direkap 12 unit dari 14 file; 2 file tidak dapat dibaca." */
  readonly counts: string;
}

/**
 * The recap pipeline: unit summaries in, the three sheets out (Rekap Unit, Rekap Indikator,
 * Masalah) with LAPKIN's marks. Pure: a door reads the files, summarises each, and writes this.
 */
export function buildRecap(input: RecapInput): RecapPlans {
  const across = acrossUnits(input.units, input.skipped, input.expected);
  const { units } = across;
  const unitFlags = units
    .flatMap((unit) => unit.flags)
    .map((problem, i) => ({ problem, i }))
    .sort((a, b) => TINGKAT_ORDER.indexOf(a.problem.tingkat) - TINGKAT_ORDER.indexOf(b.problem.tingkat) || a.i - b.i)
    .map((x) => x.problem);
  const problems = [...across.problems, ...unitFlags];

  const heading = recapHeading(across.tahun, across.periode, input.units);
  const unreadable = input.skipped.filter((p) => p.kode === "FILE_TIDAK_TERBACA").length;
  const files = input.units.length + unreadable;
  const counts = `Direkap ${units.length} unit dari ${files} file${unreadable ? `; ${unreadable} file tidak dapat dibaca` : ""}.`;
  const titleOf = (title: string) => `${title} ${heading.period}`.trim();
  const titles = (title: string, note: string): TitleLine[] => [
    { text: titleOf(title), style: "title" },
    ...(heading.region ? [{ text: heading.region, style: "subtitle" as const }] : []),
    { text: note, style: "paragraph" },
  ];

  const indicators = planRekapIndikator(
    units,
    titles("REKAP INDIKATOR KINERJA", `${counts} Setiap indikator setiap unit, dengan unitnya, dalam urutan sheet Rekap Unit.`),
  );
  const rekapUnit = planRekapUnit(
    units,
    indicators.capaianRanges,
    titles(
      "REKAP LAPORAN KINERJA",
      `${counts} ${across.problems.length ? `${across.problems.length} masalah antarunit ada di bagian atas sheet Masalah.` : "Tidak ada masalah antarunit."} Peringkat menurut rata-rata capaian.`,
    ),
  );
  const masalah = planMasalah(
    problems,
    titles(
      "MASALAH DALAM REKAP",
      "Masalah antarunit lebih dahulu (unit yang belum mengirim, Tahun atau Periode yang berbeda, file yang tidak dapat dibaca, unit ganda), lalu galat, peringatan dan info setiap unit dengan file dan selnya.",
    ),
  );
  const grafik = planGrafikRekap(
    units,
    rekapUnit,
    titles(
      "GRAFIK REKAP LAPORAN KINERJA",
      "Setiap grafik membaca tabel datanya di halaman terakhir sheet ini, yang merujuk ke angka di sheet Rekap Unit; grafik ikut berubah bila angka di sana diperbaiki.",
    ),
  );
  const sheets = [rekapUnit, indicators.plan, masalah, ...(grafik ? [grafik] : [])];
  return {
    sheets,
    names: recapMarks(sheets),
    activeSheet: rekapUnit.name,
    units,
    problems,
    acrossUnits: across.problems.length,
    tahun: across.tahun,
    periode: across.periode,
    title: titleOf("REKAP LAPORAN KINERJA"),
    region: heading.region,
    counts,
  };
}

/** "TRIWULAN IV TAHUN 2023" and "KABUPATEN LUMAJANG", from what most units give. */
function recapHeading(tahun: Majority | null, periode: Majority | null, units: readonly UnitSummary[]) {
  const year = tahun ? `TAHUN ${tahun.value}` : "";
  const quarter = periode && periode.value !== "Tahunan" ? periode.value.replace(/^TW/, "TRIWULAN") : "";
  const region = majorityOf(
    units.map((u) => u.pemerintahDaerah),
    () => 0,
  );
  return { period: [quarter, year].filter(Boolean).join(" "), region: region ? region.value.toUpperCase() : null };
}
