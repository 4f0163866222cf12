/**
 * The seed report's indicators (shared/seed, Laporan Kinerja Triwulan IV 2023, Kecamatan Klakah)
 * as typed by staff, and the figures the report prints for them (shared/DOMAIN.md, "The seed's
 * figures"). Expected figures are the seed's own, never the engine's output.
 */
export const SEED_IKM = {
  input: {
    target: "90,00",
    tw: ["81,25", "89,51", "83,84", null],
    agregasi: "Rata-rata",
    sumber: "Bagian Organisasi",
  },
  expected: {
    realisasi: "84.87",
    capaian: "94.30",
    note: "Nilai TW 4 belum tersedia (dihitung oleh Bagian Organisasi); realisasi = rata-rata TW 1-3 (81,25; 89,51; 83,84) = 84,87.",
  },
} as const;

export const SEED_FASILITASI = {
  input: {
    target: 95.23,
    tw: [20.11, 8.88, 17.02, 47.64],
    agregasi: "Jumlah",
    anggaran: "2.180.922.481",
    realisasiAnggaran: "Rp 2.066.201.000",
  },
  expected: { realisasi: "93.65", capaian: "98.34", penyerapan: "94.74" },
} as const;

/** "(12 + 12 + 12) / (12 x 3)" documents: 36 of 36. */
export const SEED_DESA = {
  input: {
    target: "95,23",
    agregasi: "Rasio",
    pembilang: 36,
    penyebut: 36,
    anggaran: 305100000,
    realisasiAnggaran: 305100000,
  },
  expected: { realisasi: "100", capaian: "105.01", penyerapan: "100" },
} as const;
