import type { FlagCode } from "../engine";
import { deduplicate } from "./duplicates";
import { checkExpected, type ExpectedUnits } from "./expected-units";
import { agrees, laterPeriod, laterYear, majorityOf, type Majority } from "./majority";
import { fileTempat, recapProblem, type ProblemLine } from "./problem";
import type { UnitSummary } from "./unit-summary";

export interface AcrossUnits {
  /** One summary per unit, ordered by Perangkat Daerah, then Unit Kerja, then file. */
  readonly units: readonly UnitSummary[];
  /** The Tahun and Periode most units give; null when none gives one. */
  readonly tahun: Majority | null;
  readonly periode: Majority | null;
  /** Problems no single workbook shows, in the order a recap must show them. */
  readonly problems: readonly ProblemLine[];
}

/** Missing submissions first, then units of another year or period, files that can't be read, duplicates; notes last. */
const ORDER: readonly FlagCode[] = [
  "UNIT_TIDAK_ADA",
  "TAHUN_BERBEDA",
  "PERIODE_BERBEDA",
  "FILE_TIDAK_TERBACA",
  "UNIT_GANDA",
  "SALINAN_LAPKIN",
  "REKAP_DILEWATI",
  "UNIT_DI_LUAR_DAFTAR",
];
const rankOf = (problem: ProblemLine) => {
  const at = ORDER.indexOf(problem.kode);
  return at < 0 ? ORDER.length : at;
};

/**
 * What only the set of units tells: which units are one unit sent twice, which Tahun and Periode
 * the recap is of and who differs from it, and (given a list) who is missing. `skipped` are the
 * files not read (unreadable, or LAPKIN's own recaps), each already a problem line.
 */
export function acrossUnits(
  read: readonly UnitSummary[],
  skipped: readonly ProblemLine[],
  expected: ExpectedUnits | null,
): AcrossUnits {
  // Every file votes for which of a unit's files to keep; the units kept then say what the recap is of.
  const byFile = majorities(read);
  const agreesWithMajority = (u: UnitSummary) =>
    (!byFile.tahun || agrees(u.tahun, byFile.tahun)) && (!byFile.periode || agrees(u.periode, byFile.periode));
  const { kept, problems: duplicates } = deduplicate(read, agreesWithMajority);
  const { tahun, periode } = majorities(kept);

  const differing: ProblemLine[] = [];
  for (const unit of kept) {
    const place = { file: unit.file, tempat: fileTempat(unit.file) };
    const name = unit.unitKerja ?? "unit tanpa nama";
    if (tahun && !agrees(unit.tahun, tahun))
      differing.push(
        recapProblem(
          "TAHUN_BERBEDA",
          "tahun",
          { unit: name, nilai: unit.tahun ?? "kosong", mayoritas: tahun.value, jumlah: `${tahun.count} dari ${tahun.of}` },
          { ...place, sel: unit.cells.tahun },
        ),
      );
    if (periode && !agrees(unit.periode, periode))
      differing.push(
        recapProblem(
          "PERIODE_BERBEDA",
          "periode",
          {
            unit: name,
            nilai: unit.periode ?? "kosong",
            mayoritas: periode.value,
            jumlah: `${periode.count} dari ${periode.of}`,
          },
          { ...place, sel: unit.cells.periode },
        ),
      );
  }
  const listed = expected ? checkExpected(expected, read, kept) : [];
  const problems = [...listed, ...differing, ...skipped, ...duplicates]
    .map((problem, i) => ({ problem, i }))
    .sort((a, b) => rankOf(a.problem) - rankOf(b.problem) || a.i - b.i)
    .map((x) => x.problem);
  return { units: [...kept].sort(byUnit), tahun, periode, problems };
}

function majorities(units: readonly UnitSummary[]): { tahun: Majority | null; periode: Majority | null } {
  return {
    tahun: majorityOf(
      units.map((u) => u.tahun),
      laterYear,
    ),
    periode: majorityOf(
      units.map((u) => u.periode),
      laterPeriod,
    ),
  };
}

/** Names in the order a person looks them up: letters ignoring case, "Kecamatan 2" before "Kecamatan 10", unnamed last. */
const collator = new Intl.Collator("id", { numeric: true, sensitivity: "base" });
const compareNames = (a: string | null, b: string | null) =>
  a === null || b === null ? Number(a === null) - Number(b === null) : collator.compare(a, b);

function byUnit(a: UnitSummary, b: UnitSummary): number {
  return (
    compareNames(a.perangkatDaerah ?? a.unitKerja, b.perangkatDaerah ?? b.unitKerja) ||
    compareNames(a.unitKerja, b.unitKerja) ||
    collator.compare(a.file, b.file)
  );
}
