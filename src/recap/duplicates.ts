import { textKey } from "../engine";
import { fileTempat, recapProblem, type ProblemLine } from "./problem";
import type { UnitSummary } from "./unit-summary";

export interface Deduplicated {
  /** One file per unit, in the order the units were given. */
  readonly kept: readonly UnitSummary[];
  /** Why each other file of a unit was left out: a duplicate, or LAPKIN's output of the file kept. */
  readonly problems: readonly ProblemLine[];
}

/**
 * The same unit sent more than once (same Unit Kerja, ignoring case and punctuation, and no two
 * different Perangkat Daerah) is recapped once. The file kept is the one whose Tahun and Periode
 * agree with most units, then the unit's own workbook over LAPKIN's output of it, then the first
 * found. A LAPKIN output with the very figures of the file kept is only noted (info): it is the same
 * report, not a second one. Any other second file is a duplicate a person must resolve.
 */
export function deduplicate(units: readonly UnitSummary[], agreesWithMajority: (unit: UnitSummary) => boolean): Deduplicated {
  const groups: UnitSummary[][] = [];
  const byName = new Map<string, UnitSummary[][]>();
  for (const unit of units) {
    const named = unit.unitKerja === null ? null : (byName.get(textKey(unit.unitKerja)) ?? []);
    const group = named?.find((g) => sameDaerah(g[0]!, unit));
    if (group) group.push(unit);
    else {
      groups.push([unit]);
      if (named) byName.set(textKey(unit.unitKerja!), [...named, groups[groups.length - 1]!]);
    }
  }
  const kept = new Set<UnitSummary>();
  const problems: ProblemLine[] = [];
  for (const group of groups) {
    const best = group.reduce((a, b) => (preference(b, agreesWithMajority) > preference(a, agreesWithMajority) ? b : a));
    kept.add(best);
    for (const other of group) {
      if (other === best) continue;
      const sameFigures = other.sidik === best.sidik;
      const place = { file: other.file, sel: other.cells.unitKerja, tempat: fileTempat(other.file) };
      problems.push(
        sameFigures && other.lapkinOutput !== best.lapkinOutput
          ? recapProblem("SALINAN_LAPKIN", "lembar", { dipakai: best.file }, place)
          : recapProblem("UNIT_GANDA", "unitKerja", { unit: best.unitKerja!, dipakai: best.file, samaAngka: sameFigures }, place),
      );
    }
  }
  return { kept: units.filter((u) => kept.has(u)), problems };
}

/** Two files of one Unit Kerja are one unit unless each names its Perangkat Daerah, and they differ. */
function sameDaerah(a: UnitSummary, b: UnitSummary): boolean {
  const [pa, pb] = [a.perangkatDaerah, b.perangkatDaerah].map((p) => (p === null ? "" : textKey(p)));
  return pa === "" || pb === "" || pa === pb;
}

/** Higher is better: agreeing with most units counts first, then being the unit's own workbook. */
function preference(unit: UnitSummary, agreesWithMajority: (unit: UnitSummary) => boolean): number {
  return (agreesWithMajority(unit) ? 2 : 0) + (unit.lapkinOutput ? 0 : 1);
}
