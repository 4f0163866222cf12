import { Decimal, efisiensi, predikat, predikatScale, roundHalfAwayFromZero } from "../engine";
import { a1, a1Range, columnLetters } from "../workbook/a1";
import { averageFormula, penyerapanFormula, predikatFormula } from "../workbook/report-formulas";
import { efisiensiFormula, rankFormula } from "./recap-formulas";
import { ranksOf } from "./rank";
import { moneyFormat } from "./rekap-indikator-plan";
import { finishTable, startTable, type RecapSheetPlan, type TitleLine } from "./recap-sheet";
import { engineScale, type RecapScale, type UnitSummary } from "./unit-summary";

const HEADERS = [
  "No",
  "Perangkat Daerah",
  "Unit Kerja",
  "Tahun",
  "Periode",
  "File",
  "Indikator",
  "Rata-rata Capaian (%)",
  "Predikat",
  "Pagu (Rp)",
  "Realisasi (Rp)",
  "Penyerapan (%)",
  "Efisiensi",
  "Galat",
  "Peringatan",
  "Peringkat",
];
const WIDTHS = [5, 22, 22, 7, 9, 26, 10, 11, 13, 17, 17, 11, 13, 7, 10, 10];
const [
  NO,
  PD,
  UNIT,
  TAHUN,
  PERIODE,
  FILE,
  INDIKATOR,
  CAPAIAN,
  PREDIKAT,
  PAGU,
  REALISASI,
  PENYERAPAN,
  EFISIENSI,
  GALAT,
  PERINGATAN,
  PERINGKAT,
] = HEADERS.map((_, i) => i) as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

/** Where a unit's figures are on Rekap Unit: its row is the table's first (the frozen rows end above it) plus its place. */
export const REKAP_UNIT_COLUMNS = { capaian: CAPAIAN, penyerapan: PENYERAPAN, peringkat: PERINGKAT } as const;

/**
 * Sheet Rekap Unit: a row per unit (No, Perangkat Daerah, Unit Kerja, Tahun, Periode, File,
 * indicators, rata-rata capaian and predikat, pagu, realisasi, penyerapan, efisiensi, galat,
 * peringatan, rank), then a row of totals and averages. Every figure a person could recompute is a
 * native formula: the unit's average over its capaian cells in Rekap Indikator, its predikat on its
 * own scale, penyerapan and efisiensi from the row, the rank by RANK; the last row SUMs the money
 * and the counts, AVERAGEs the units' capaian and takes penyerapan from the totals.
 */
export function planRekapUnit(
  units: readonly UnitSummary[],
  capaianRanges: ReadonlyMap<UnitSummary, string>,
  titles: readonly TitleLine[],
): RecapSheetPlan {
  const table = startTable("rekapUnit", WIDTHS, titles, HEADERS);
  const { rows: body, header } = table;
  const first = header + 1;
  const lastUnit = header + units.length;
  const column = (c: number) => `$${columnLetters(c)}$${first + 1}:$${columnLetters(c)}$${lastUnit + 1}`;
  const ranks = ranksOf(units.map((u) => u.rataRataCapaian));

  units.forEach((unit, i) => {
    const row = first + i;
    const at = (c: number) => a1(row, c);
    body.put(row, NO, i + 1, "cellCenter");
    body.put(row, PD, unit.perangkatDaerah, "cellText");
    body.put(row, UNIT, unit.unitKerja, "cellText");
    body.put(row, TAHUN, yearValue(unit.tahun), "cellCenter");
    body.put(row, PERIODE, unit.periode, "cellCenter");
    body.put(row, FILE, unit.file, "cellText");
    body.put(row, INDIKATOR, unit.indicators.length, "cellCenter");
    const range = capaianRanges.get(unit);
    const average = unit.rataRataCapaian === null || !range ? null : averageFormula([range], cap(unit.batasCapaian));
    body.put(row, CAPAIAN, unit.rataRataCapaian, "cellNumber", average ?? undefined);
    body.put(
      row,
      PREDIKAT,
      unit.predikat,
      "cellCenter",
      unit.predikat === null ? undefined : predikatFormula(engineScale(unit.scale), at(CAPAIAN)),
    );
    body.put(row, PAGU, unit.pagu, "cellMoney", undefined, moneyFormat(unit.pagu));
    body.put(row, REALISASI, unit.realisasi, "cellMoney", undefined, moneyFormat(unit.realisasi));
    body.put(
      row,
      PENYERAPAN,
      unit.penyerapan,
      "cellNumber",
      unit.penyerapan === null ? undefined : penyerapanFormula(at(PAGU), at(REALISASI)),
    );
    body.put(
      row,
      EFISIENSI,
      unit.efisiensi,
      "cellCenter",
      unit.efisiensi === null ? undefined : efisiensiFormula(at(CAPAIAN), at(PENYERAPAN)),
    );
    body.put(row, GALAT, unit.galat, "cellCenter");
    body.put(row, PERINGATAN, unit.peringatan, "cellCenter");
    body.put(row, PERINGKAT, ranks[i]!, "cellCenter", ranks[i] === null ? undefined : rankFormula(at(CAPAIAN), column(CAPAIAN)));
  });

  const total = lastUnit + 1;
  const at = (c: number) => a1(total, c);
  const sum = (c: number) => `=SUM(${a1Range(first, c, lastUnit, c)})`;
  body.span(total, NO, FILE, "Jumlah / Rata-rata", "tableHeader");
  const totals = totalsOf(units);
  body.put(total, INDIKATOR, totals.indicators, "cellCenter", units.length ? sum(INDIKATOR) : undefined);
  body.put(
    total,
    CAPAIAN,
    totals.capaian,
    "cellNumber",
    totals.capaian === null ? undefined : `=ROUND(AVERAGE(${a1Range(first, CAPAIAN, lastUnit, CAPAIAN)}),2)`,
  );
  const scale = engineScale(commonScale(units));
  body.put(
    total,
    PREDIKAT,
    totals.capaian === null ? null : predikat(new Decimal(totals.capaian), scale),
    "cellCenter",
    totals.capaian === null ? undefined : predikatFormula(scale, at(CAPAIAN)),
  );
  body.put(total, PAGU, totals.pagu, "cellMoney", totals.pagu === null ? undefined : sum(PAGU), moneyFormat(totals.pagu));
  body.put(
    total,
    REALISASI,
    totals.realisasi,
    "cellMoney",
    totals.realisasi === null ? undefined : sum(REALISASI),
    moneyFormat(totals.realisasi),
  );
  body.put(
    total,
    PENYERAPAN,
    totals.penyerapan,
    "cellNumber",
    totals.penyerapan === null ? undefined : penyerapanFormula(at(PAGU), at(REALISASI)),
  );
  body.put(
    total,
    EFISIENSI,
    totals.efisiensi,
    "cellCenter",
    totals.efisiensi === null ? undefined : efisiensiFormula(at(CAPAIAN), at(PENYERAPAN)),
  );
  body.put(total, GALAT, totals.galat, "cellCenter", units.length ? sum(GALAT) : undefined);
  body.put(total, PERINGATAN, totals.peringatan, "cellCenter", units.length ? sum(PERINGATAN) : undefined);
  body.put(total, PERINGKAT, null, "cellCenter");
  return finishTable(table, "rekapUnit");
}

/** A Tahun of four digits as the number it is (Excel would mark it "number stored as text"), any other as typed. */
const yearValue = (tahun: string | null) => (tahun !== null && /^\d{4}$/.test(tahun.trim()) ? Number(tahun) : tahun);

const cap = (batas: number | null) => (batas === null ? null : new Decimal(batas));

interface Totals {
  readonly indicators: number;
  readonly capaian: number | null;
  readonly pagu: number | null;
  readonly realisasi: number | null;
  readonly penyerapan: number | null;
  readonly efisiensi: string | null;
  readonly galat: number;
  readonly peringatan: number;
}

/**
 * The last row's figures, computed as its formulas compute them: the mean of the units' averages
 * (units without one left out, as AVERAGE leaves blanks out), sums of money, penyerapan of the sums.
 */
export function totalsOf(units: readonly UnitSummary[]): Totals {
  const sumOf = (values: readonly (number | null)[]) => {
    const present = values.filter((v): v is number => v !== null).map((v) => new Decimal(v));
    return present.length ? Decimal.sum(...present) : null;
  };
  const averages = units.flatMap((u) => (u.rataRataCapaian === null ? [] : [new Decimal(u.rataRataCapaian)]));
  const capaian = averages.length ? roundHalfAwayFromZero(Decimal.sum(...averages).dividedBy(averages.length)) : null;
  const pagu = sumOf(units.map((u) => u.pagu));
  const realisasi = sumOf(units.map((u) => u.realisasi));
  const penyerapan =
    pagu !== null && realisasi !== null && pagu.greaterThan(0)
      ? roundHalfAwayFromZero(realisasi.dividedBy(pagu).times(100))
      : null;
  return {
    indicators: units.reduce((n, u) => n + u.indicators.length, 0),
    capaian: capaian === null ? null : capaian.toNumber(),
    pagu: pagu === null ? null : pagu.toNumber(),
    realisasi: realisasi === null ? null : realisasi.toNumber(),
    penyerapan: penyerapan === null ? null : penyerapan.toNumber(),
    efisiensi: capaian !== null && penyerapan !== null ? efisiensi(capaian, penyerapan).kategori : null,
    galat: units.reduce((n, u) => n + u.galat, 0),
    peringatan: units.reduce((n, u) => n + u.peringatan, 0),
  };
}

/** The units' predikat scale where they all share one (the same bands); otherwise DOMAIN.md's default. */
function commonScale(units: readonly UnitSummary[]): RecapScale {
  const kinds = new Set(units.map((u) => JSON.stringify([u.scale.bands, u.scale.lowest])));
  if (kinds.size === 1) return units[0]!.scale;
  const fallback = predikatScale("lima-tingkat");
  return { ...fallback, bands: fallback.bands.map((b) => ({ ...b, from: b.from.toNumber() })) };
}
