import { FIELD_LABELS, type Field, type Quarter } from "./fields";

/** galat: the figure can't be computed; peringatan: computed, a person must look; info: worth knowing. */
export type Tingkat = "galat" | "peringatan" | "info";

/** What each flag code carries besides its place: the values its sentence names, already formatted. */
export interface FlagData {
  BUKAN_ANGKA: { nilai: string };
  KOSONG: { untuk: string };
  TARGET_KOSONG: Record<string, never>;
  TARGET_NOL: Record<string, never>;
  TARGET_NEGATIF: { nilai: string };
  NILAI_NEGATIF: { nilai: string };
  ANGKA_AMBIGU: { teks: string; dibaca: string; alternatif: string };
  NOTASI_INGGRIS: { teks: string; dibaca: string };
  TW_HILANG: { tw: Quarter; dipakai: string; sumber: string | null };
  TW_DI_LUAR_PERIODE: { periode: Quarter };
  REALISASI_KOSONG: Record<string, never>;
  AGREGASI_KOSONG: Record<string, never>;
  REALISASI_TIDAK_COCOK: { diketik: string; cara: string; dihitung: string; dipakai: string };
  RINCIAN_TIDAK_COCOK: { rincian: string; nilai: string; pembanding: string; akibat: string };
  PENYEBUT_NOL: Record<string, never>;
  REALISASI_NOL: { untuk: string };
  CAPAIAN_DIBATASI_NOL: { nilai: string };
  MELEBIHI_TARGET: { capaian: string };
  ANGGARAN_NOL: Record<string, never>;
  ANGGARAN_LEBIH: { realisasi: string; anggaran: string };
  ANGGARAN_TIDAK_LENGKAP: { ada: string };
  PILIHAN_TIDAK_DIKENAL: { nilai: string; pilihan: string; dipakai: string };
  IKM_DI_LUAR_RENTANG: { nilai: string };
  KOLOM_GANDA: { judul: string; dipakai: string };
  INFO_KOSONG: { untuk: string };
  INFO_TIDAK_ADA: Record<string, never>;
  URAIAN_KOSONG: Record<string, never>;
  INDIKATOR_KOSONG: Record<string, never>;
}

export type FlagCode = keyof FlagData;

interface FlagRule<K extends FlagCode> {
  tingkat: Tingkat;
  /** One Indonesian sentence: the place, the value found, what to do. */
  pesan: (tempat: string, data: FlagData[K]) => string;
}

const sourcePhrase = (sumber: string | null): string => (sumber ? ` (dihitung oleh ${sumber})` : "");

/** The only place that knows a flag's level and wording. */
const RULES: { [K in FlagCode]: FlagRule<K> } = {
  BUKAN_ANGKA: {
    tingkat: "galat",
    pesan: (t, d) => `${t} berisi "${d.nilai}", bukan angka; tulis angka seperti 84,87 atau 2.180.922.481.`,
  },
  KOSONG: {
    tingkat: "galat",
    pesan: (t, d) => `${t} kosong, sehingga ${d.untuk} tidak dapat dihitung; isi dengan angka.`,
  },
  TARGET_KOSONG: {
    tingkat: "galat",
    pesan: (t) => `${t} kosong, sehingga capaian tidak dapat dihitung; isi target sesuai Perjanjian Kinerja.`,
  },
  TARGET_NOL: {
    tingkat: "galat",
    pesan: (t) =>
      `${t} bernilai 0, sehingga capaian tidak dapat dihitung (pembagian dengan nol); isi target sesuai Perjanjian Kinerja.`,
  },
  TARGET_NEGATIF: {
    tingkat: "galat",
    pesan: (t, d) => `${t} bernilai ${d.nilai}, padahal target harus lebih dari 0; periksa angka pada Perjanjian Kinerja.`,
  },
  NILAI_NEGATIF: {
    tingkat: "galat",
    pesan: (t, d) => `${t} bernilai ${d.nilai}, padahal tidak boleh negatif; periksa kembali angkanya.`,
  },
  ANGKA_AMBIGU: {
    tingkat: "peringatan",
    pesan: (t, d) =>
      `${t} berisi "${d.teks}" yang dibaca ${d.dibaca} menurut notasi Indonesia; bila maksudnya ${d.alternatif}, ubah penulisannya.`,
  },
  NOTASI_INGGRIS: {
    tingkat: "info",
    pesan: (t, d) =>
      `${t} berisi "${d.teks}" dalam notasi Inggris (titik desimal), dibaca ${d.dibaca}; sebaiknya ditulis ${d.dibaca}.`,
  },
  TW_HILANG: {
    tingkat: "peringatan",
    pesan: (t, d) =>
      `${t} kosong: nilai TW ${d.tw} belum tersedia${sourcePhrase(d.sumber)}, sehingga realisasi memakai ${d.dipakai}; isi TW ${d.tw} bila nilainya sudah ada.`,
  },
  TW_DI_LUAR_PERIODE: {
    tingkat: "info",
    pesan: (t, d) =>
      `${t} terisi tetapi di luar periode laporan (s.d. TW ${d.periode}), sehingga tidak dihitung; kosongkan atau ubah Periode pada sheet Info.`,
  },
  REALISASI_KOSONG: {
    tingkat: "galat",
    pesan: (t) =>
      `${t} kosong dan tidak ada nilai TW 1-4, sehingga realisasi tidak dapat dibentuk; isi nilai triwulan atau kolom Realisasi.`,
  },
  AGREGASI_KOSONG: {
    tingkat: "galat",
    pesan: (t) =>
      `${t} kosong sementara Realisasi juga kosong, sehingga nilai triwulan tidak dapat digabung; isi Jumlah, Rata-rata atau Akhir.`,
  },
  REALISASI_TIDAK_COCOK: {
    tingkat: "peringatan",
    pesan: (t, d) =>
      `${t} berisi ${d.diketik}, tidak sama dengan ${d.cara} (${d.dihitung}); periksa mana yang benar (LAPKIN memakai ${d.dipakai}).`,
  },
  RINCIAN_TIDAK_COCOK: {
    tingkat: "peringatan",
    pesan: (t, d) =>
      `${t} berisi "${d.rincian}" = ${d.nilai}, tidak sama dengan ${d.pembanding}; periksa mana yang benar${d.akibat}.`,
  },
  PENYEBUT_NOL: {
    tingkat: "galat",
    pesan: (t) =>
      `${t} bernilai 0, sehingga rasio tidak dapat dihitung (pembagian dengan nol); isi jumlah yang menjadi penyebut.`,
  },
  REALISASI_NOL: {
    tingkat: "galat",
    pesan: (t, d) => `${t} bernilai 0, sehingga ${d.untuk} tidak dapat dihitung (pembagian dengan nol); periksa realisasinya.`,
  },
  CAPAIAN_DIBATASI_NOL: {
    tingkat: "peringatan",
    pesan: (t, d) =>
      `${t} lebih dari dua kali target, sehingga rumus arah turun memberi ${d.nilai} % dan capaian dibatasi menjadi 0 %; periksa realisasinya.`,
  },
  MELEBIHI_TARGET: {
    tingkat: "info",
    pesan: (t, d) =>
      `${t} bernilai ${d.capaian} %, melebihi target; pastikan realisasinya benar dan jelaskan penyebabnya di Keterangan.`,
  },
  ANGGARAN_NOL: {
    tingkat: "galat",
    pesan: (t) => `${t} bernilai 0, sehingga penyerapan tidak dapat dihitung (pembagian dengan nol); isi pagu anggaran.`,
  },
  ANGGARAN_LEBIH: {
    tingkat: "galat",
    pesan: (t, d) => `${t} berisi ${d.realisasi}, melebihi anggaran ${d.anggaran}; periksa realisasi anggaran atau pagunya.`,
  },
  ANGGARAN_TIDAK_LENGKAP: {
    tingkat: "peringatan",
    pesan: (t, d) =>
      `${t} kosong sementara ${d.ada} terisi, sehingga penyerapan tidak dapat dihitung; isi keduanya atau kosongkan keduanya.`,
  },
  PILIHAN_TIDAK_DIKENAL: {
    tingkat: "peringatan",
    pesan: (t, d) =>
      `${t} berisi "${d.nilai}" yang tidak dikenal; pilih salah satu dari ${d.pilihan} (sementara dipakai ${d.dipakai}).`,
  },
  IKM_DI_LUAR_RENTANG: {
    tingkat: "galat",
    pesan: (t, d) => `${t} bernilai ${d.nilai}, di luar rentang nilai IKM 25-100; periksa nilai konversinya.`,
  },
  KOLOM_GANDA: {
    tingkat: "peringatan",
    pesan: (t, d) =>
      `${t} berisi "${d.judul}", judul kolom yang sudah ada di ${d.dipakai}; LAPKIN memakai kolom ${d.dipakai}, hapus atau ganti judul kolom ini.`,
  },
  INFO_KOSONG: {
    tingkat: "peringatan",
    pesan: (t, d) => `${t} kosong; isi nilainya pada sheet Info agar ${d.untuk} lengkap.`,
  },
  INFO_TIDAK_ADA: {
    tingkat: "peringatan",
    pesan: () =>
      `Sheet Info tidak ada, sehingga judul laporan tidak lengkap dan periode dianggap TW IV; tambahkan sheet Info (Unit Kerja, Pemerintah Daerah, Tahun, Periode).`,
  },
  URAIAN_KOSONG: {
    tingkat: "peringatan",
    pesan: (t) => `${t} kosong dan tidak ada uraian di atasnya; isi tujuan atau sasaran indikator ini.`,
  },
  INDIKATOR_KOSONG: {
    tingkat: "peringatan",
    pesan: (t) => `${t} kosong padahal barisnya berisi angka; isi nama indikatornya.`,
  },
};

export interface Flag<K extends FlagCode = FlagCode> {
  readonly kode: K;
  readonly tingkat: Tingkat;
  readonly pesan: string;
  /** The input the flag is about; a workbook turns it into a cell, a custom function into an argument. */
  readonly medan: Field;
  readonly data: FlagData[K];
  /** A1 address on the Indikator or Info sheet, once the flag has been placed. */
  readonly sel?: string;
}

export function raiseFlag<K extends FlagCode>(kode: K, medan: Field, data: FlagData[K]): Flag<K> {
  const rule = RULES[kode] as FlagRule<K>;
  return { kode, tingkat: rule.tingkat, pesan: rule.pesan(FIELD_LABELS[medan], data), medan, data };
}

/**
 * The same flag with its sentence naming the given place, e.g. "Sel Indikator!J3 (TW 4)" or
 * "Argumen target", so every caller gets the catalogue's wording and none writes its own.
 */
export function placeFlag<K extends FlagCode>(flag: Flag<K>, tempat: string, sel?: string): Flag<K> {
  const rule = RULES[flag.kode] as FlagRule<K>;
  const placed = { ...flag, pesan: rule.pesan(tempat, flag.data) };
  return sel === undefined ? placed : { ...placed, sel };
}

export function isGalat(flag: Flag): boolean {
  return flag.tingkat === "galat";
}
