import { textKey } from "../engine";
import { fileTempat, recapProblem, type ProblemLine } from "./problem";
import type { UnitSummary } from "./unit-summary";

/** A unit the recap expects a file from, and where the list names it ("baris 12", "A12"). */
export interface ExpectedUnit {
  readonly name: string;
  readonly sel: string;
}

/** The recap's list of expected units (`lapkin rekap --daftar FILE`). */
export interface ExpectedUnits {
  readonly file: string;
  readonly units: readonly ExpectedUnit[];
}

/** A first line that only heads the list ("Unit Kerja", "Daftar Unit", "Nama Unit") is not a unit. */
const HEADINGS = new Set(["unit", "unitkerja", "namaunit", "namaunitkerja", "daftarunit", "daftarunitkerja", "perangkatdaerah"]);

/**
 * The list from its lines (a text file's lines, or the first column of a workbook's first sheet),
 * each with where it stands: blank lines, a heading on the first line and a name given twice are
 * left out.
 */
export function expectedUnitsOf(file: string, lines: readonly { readonly text: string; readonly sel: string }[]): ExpectedUnits {
  const seen = new Set<string>();
  const units: ExpectedUnit[] = [];
  lines.forEach((line, i) => {
    const name = line.text.replace(/\s+/g, " ").trim();
    const key = textKey(name);
    if (key === "" || seen.has(key) || (i === 0 && HEADINGS.has(key))) return;
    seen.add(key);
    units.push({ name, sel: line.sel });
  });
  return { file, units };
}

/**
 * Every expected unit no readable file names (a missing submission, or a name spelt otherwise),
 * and every unit recapped that the list doesn't name (often the same unit, spelt the other way).
 */
export function checkExpected(
  expected: ExpectedUnits,
  read: readonly UnitSummary[],
  kept: readonly UnitSummary[],
): ProblemLine[] {
  const sent = new Set(read.flatMap((u) => (u.unitKerja === null ? [] : [textKey(u.unitKerja)])));
  const listed = new Set(expected.units.map((u) => textKey(u.name)));
  const missing = expected.units
    .filter((u) => !sent.has(textKey(u.name)))
    .map((u) =>
      recapProblem(
        "UNIT_TIDAK_ADA",
        "unitKerja",
        { unit: u.name },
        { file: expected.file, sel: u.sel, tempat: `Daftar unit ${expected.file} (${u.sel})` },
      ),
    );
  const unlisted = kept
    .filter((u) => u.unitKerja !== null && !listed.has(textKey(u.unitKerja)))
    .map((u) =>
      recapProblem(
        "UNIT_DI_LUAR_DAFTAR",
        "unitKerja",
        { unit: u.unitKerja!, daftar: expected.file },
        { file: u.file, sel: u.cells.unitKerja, tempat: fileTempat(u.file) },
      ),
    );
  return [...missing, ...unlisted];
}
