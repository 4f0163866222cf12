import type { CellValue, Grid } from "../../../src/workbook/cells";
import { evaluateWorkbook } from "../../../src/workbook/evaluate-workbook";
import { snapshotOfGrids } from "../../../src/workbook/snapshot";
import { summariseUnit, type UnitSummary } from "../../../src/recap/unit-summary";
import { indikatorOf } from "../../support/workbooks";

/**
 * Unit workbooks for the recap's tests, with figures small enough to check by hand. Each unit's
 * expected figures are worked out in the comments from its own rows (DOMAIN.md's rules), never
 * taken from LAPKIN's output.
 */
export interface UnitGrids {
  readonly info: Grid;
  readonly indikator: Grid;
}

export function unitInfo(unitKerja: string, values: Record<string, CellValue> = {}): CellValue[][] {
  const base: Record<string, CellValue> = {
    "Unit Kerja": unitKerja,
    "Perangkat Daerah": unitKerja,
    "Pemerintah Daerah": "Kabupaten Lumajang",
    Tahun: 2023,
    Periode: "TW IV",
    "Penanggung Jawab": `Kepala ${unitKerja}`,
    "Atasan Langsung": "Bupati Lumajang",
    ...values,
  };
  return Object.entries(base).map(([key, value]) => [key, value]);
}

/**
 * Dinas Alpha: capaian 72 / 80 x 100 = 90,00 and 55 / 50 x 100 = 110,00 (above target: info);
 * rata-rata (90 + 110) / 2 = 100,00, Sangat Tinggi (>= 91). Pagu 1.000.000.000 + 200.000.000 =
 * 1.200.000.000, realisasi 900.000.000 + 150.000.000 = 1.050.000.000, penyerapan 1.050 / 1.200 x 100
 * = 87,50; efisiensi 100,00 - 87,50 = 12,50 > 5: efisien. No galat.
 */
export const ALPHA: UnitGrids = {
  info: unitInfo("Dinas Alpha"),
  indikator: indikatorOf([
    {
      Level: "Tujuan",
      Uraian: "Meningkatnya layanan",
      Indikator: "Indeks layanan",
      Target: 80,
      Agregasi: "Manual",
      Realisasi: 72,
      Anggaran: 1_000_000_000,
      "Realisasi Anggaran": 900_000_000,
    },
    {
      Level: "Sasaran",
      Uraian: "Meningkatnya cakupan",
      Indikator: "Persentase cakupan",
      Target: 50,
      Agregasi: "Manual",
      Realisasi: 55,
      Anggaran: 200_000_000,
      "Realisasi Anggaran": 150_000_000,
    },
  ]),
};
export const ALPHA_EXPECTED = {
  unit: "Dinas Alpha",
  indikator: 2,
  capaian: [90, 110],
  rataRata: 100,
  predikat: "Sangat Tinggi",
  pagu: 1_200_000_000,
  realisasi: 1_050_000_000,
  penyerapan: 87.5,
  efisiensi: "efisien",
  galat: 0,
};

/**
 * Dinas Beta: TW 20 + 20 + 20 + 20 = 80 against 100: 80,00; turun 12 against 10 by 2T-R:
 * (2 x 10 - 12) / 10 x 100 = 80,00; 26 / 40 x 100 = 65,00. Rata-rata (80 + 80 + 65) / 3 = 75,00,
 * Sedang (>= 66, < 76). Pagu 500.000.000, realisasi 400.000.000: 80,00; efisiensi 75 - 80 = -5,00,
 * not below -5: cukup efisien. No galat.
 */
export const BETA: UnitGrids = {
  info: unitInfo("Dinas Beta"),
  indikator: indikatorOf([
    {
      Level: "Tujuan",
      Uraian: "Meningkatnya mutu",
      Indikator: "Indeks mutu",
      Target: 100,
      TW1: 20,
      TW2: 20,
      TW3: 20,
      TW4: 20,
      Agregasi: "Jumlah",
      Anggaran: 500_000_000,
      "Realisasi Anggaran": 400_000_000,
    },
    {
      Level: "Sasaran",
      Uraian: "Menurunnya keluhan",
      Indikator: "Jumlah keluhan",
      Arah: "Turun",
      Target: 10,
      Agregasi: "Manual",
      Realisasi: 12,
    },
    {
      Level: "Sasaran",
      Uraian: "Menurunnya keluhan",
      Indikator: "Dokumen tepat waktu",
      Target: 40,
      Agregasi: "Manual",
      Realisasi: 26,
    },
  ]),
};
export const BETA_EXPECTED = {
  unit: "Dinas Beta",
  indikator: 3,
  capaian: [80, 80, 65],
  rataRata: 75,
  predikat: "Sedang",
  pagu: 500_000_000,
  realisasi: 400_000_000,
  penyerapan: 80,
  efisiensi: "cukup efisien",
  galat: 0,
};

/**
 * Kecamatan Gamma: a target of 0 can't give a capaian (TARGET_NOL, a galat); 45 / 60 x 100 =
 * 75,00. Rata-rata of the one capaian: 75,00, Sedang. No budget: pagu, penyerapan and efisiensi empty.
 */
export const GAMMA: UnitGrids = {
  info: unitInfo("Kecamatan Gamma", { "Perangkat Daerah": "Kecamatan Gamma" }),
  indikator: indikatorOf([
    {
      Level: "Tujuan",
      Uraian: "Meningkatnya partisipasi",
      Indikator: "Jumlah musrenbang",
      Target: 0,
      Agregasi: "Manual",
      Realisasi: 3,
    },
    {
      Level: "Sasaran",
      Uraian: "Meningkatnya partisipasi",
      Indikator: "Persentase desa aktif",
      Target: 60,
      Agregasi: "Manual",
      Realisasi: 45,
    },
  ]),
};
export const GAMMA_EXPECTED = {
  unit: "Kecamatan Gamma",
  indikator: 2,
  capaian: [null, 75],
  rataRata: 75,
  predikat: "Sedang",
  pagu: null,
  realisasi: null,
  penyerapan: null,
  efisiensi: null,
  galat: 1,
};

/** A copy of a unit's grids with one Info value changed (another Tahun, say). */
export function withInfo(unit: UnitGrids, key: string, value: CellValue): UnitGrids {
  return { ...unit, info: unit.info.map((row) => (row[0] === key ? [key, value] : row)) };
}

/** A copy of a unit's grids with one indicator cell changed (row 1 is the first indicator). */
export function withCell(unit: UnitGrids, row: number, header: string, value: CellValue): UnitGrids {
  const column = unit.indikator[0]!.indexOf(header);
  if (column < 0) throw new Error(`no column ${header}`);
  return { ...unit, indikator: unit.indikator.map((r, i) => (i === row ? r.map((v, c) => (c === column ? value : v)) : r)) };
}

/** The recap's summary of a unit, through the same evaluation the command line runs. */
export function summaryOf(unit: UnitGrids, file: string, lapkinOutput = false): UnitSummary {
  const evaluated = evaluateWorkbook(snapshotOfGrids(unit));
  if (!evaluated.ok) throw new Error(evaluated.message);
  return summariseUnit(evaluated.workbook, { file, lapkinOutput });
}
