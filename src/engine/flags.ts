import { flat } from "./flat-text";
import { FIELD_LABELS, type Field, type Quarter } from "./fields";

/** galat: the figure can't be computed; peringatan: computed, a person must look; info: worth knowing. */
export type Tingkat = "galat" | "peringatan" | "info";

/** What each flag code carries besides its place: the values its sentence names, already formatted. */
export interface FlagData {
  BUKAN_ANGKA: { nilai: string };
  TANGGAL_BUKAN_ANGKA: { tampil: string };
  PERSEN_DIBACA: { tersimpan: string; dibaca: string };
  KOSONG: { untuk: string };
  TARGET_KOSONG: Record<string, never>;
  TARGET_NOL: Record<string, never>;
  TARGET_NEGATIF: { nilai: string };
  NILAI_NEGATIF: { nilai: string };
  REALISASI_NEGATIF: { nilai: string };
  ANGKA_AMBIGU: { teks: string; dibaca: string; alternatif: string };
  NOTASI_INGGRIS: { teks: string; dibaca: string };
  TW_HILANG: { tw: Quarter; dipakai: string; sumber: string | null };
  TW_DI_LUAR_PERIODE: { periode: Quarter };
  REALISASI_KOSONG: Record<string, never>;
  AGREGASI_KOSONG: Record<string, never>;
  REALISASI_TIDAK_COCOK: { diketik: string; cara: string; dihitung: string; dipakai: string };
  RINCIAN_TIDAK_COCOK: { rincian: string; nilai: string; pembanding: string; akibat: string };
  CAPAIAN_TIDAK_COCOK: { diketik: string; benar: string; rumus: string; sebab: string | null };
  PENYERAPAN_TIDAK_COCOK: { diketik: string; benar: string; rumus: string; sebab: string | null };
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
  SHEET_GANDA: { nama: string; dipakai: string };
  INFO_KOSONG: { untuk: string };
  INFO_TIDAK_ADA: Record<string, never>;
  TAHUN_TIDAK_SAH: { nilai: string };
  URAIAN_KOSONG: Record<string, never>;
  INDIKATOR_KOSONG: Record<string, never>;
  BARIS_RINGKASAN: { teks: string };
  SEL_DI_BAWAH_TABEL: { baris: number; akhir: number };
  SKALA_TIDAK_SAH: { sebab: string };
  TEKS_TERPOTONG: { panjang: string; batas: string };
  LAPORAN_LAMA: { sheet: string };
  // The recap across units (lapkin rekap): each names a file, and the unit as its Info names it.
  FILE_TIDAK_TERBACA: { sebab: string };
  UNIT_GANDA: { unit: string; dipakai: string; samaAngka: boolean };
  TAHUN_BERBEDA: { unit: string; nilai: string; mayoritas: string; jumlah: string };
  PERIODE_BERBEDA: { unit: string; nilai: string; mayoritas: string; jumlah: string };
  UNIT_TIDAK_ADA: { unit: string };
  UNIT_DI_LUAR_DAFTAR: { unit: string; daftar: string };
  SALINAN_LAPKIN: { dipakai: string };
  REKAP_DILEWATI: Record<string, never>;
}

export type FlagCode = keyof FlagData;

/** Where a flag's sentence is read: beside a cell of the workbook, or as a formula's error (no fallback is used there). */
export type Konteks = "sel" | "argumen";

interface FlagRule<K extends FlagCode> {
  tingkat: Tingkat;
  /** What was found, starting with the place: "Sel Indikator!J2 (TW 4) kosong". */
  temuan: (tempat: string, data: FlagData[K]) => string;
  /** What to do about it, for the person preparing the report. Never printed in a signed report. */
  saran: (data: FlagData[K], konteks: Konteks) => string;
  /** Why a figure is missing, said for a reader of the signed report: no place, no instruction. */
  sebab?: (data: FlagData[K]) => string;
}

const sourcePhrase = (sumber: string | null): string => (sumber ? ` (dihitung oleh ${sumber})` : "");

/** The only place that knows a flag's level and wording. */
const RULES: { [K in FlagCode]: FlagRule<K> } = {
  BUKAN_ANGKA: {
    tingkat: "galat",
    temuan: (t, d) => `${t} berisi "${d.nilai}", bukan angka`,
    saran: () => "tulis angka seperti 84,87 atau 2.180.922.481",
    sebab: () => "datanya belum berupa angka",
  },
  TANGGAL_BUKAN_ANGKA: {
    tingkat: "galat",
    temuan: (t, d) => `${t} berformat tanggal (tampil ${d.tampil}), bukan angka`,
    saran: () => "ubah format selnya menjadi Number (Angka), lalu tulis ulang nilainya",
    sebab: () => "datanya tersimpan sebagai tanggal, bukan angka",
  },
  PERSEN_DIBACA: {
    tingkat: "info",
    temuan: (t, d) => `${t} berformat persen: tersimpan ${d.tersimpan}, dibaca ${d.dibaca} seperti yang tampil`,
    saran: () => "bila maksudnya bukan persen, ubah format kolom ini menjadi Number (Angka)",
  },
  KOSONG: {
    tingkat: "galat",
    temuan: (t, d) => `${t} kosong, sehingga ${d.untuk} tidak dapat dihitung`,
    saran: () => "isi dengan angka",
    sebab: (d) => `data untuk ${d.untuk} belum lengkap`,
  },
  TARGET_KOSONG: {
    tingkat: "galat",
    temuan: (t) => `${t} kosong, sehingga capaian tidak dapat dihitung`,
    saran: () => "isi target sesuai Perjanjian Kinerja",
    sebab: () => "target belum ditetapkan",
  },
  TARGET_NOL: {
    tingkat: "galat",
    temuan: (t) => `${t} bernilai 0, sehingga capaian tidak dapat dihitung (pembagian dengan nol)`,
    saran: () => "isi target sesuai Perjanjian Kinerja",
    sebab: () => "target bernilai 0",
  },
  TARGET_NEGATIF: {
    tingkat: "galat",
    temuan: (t, d) => `${t} bernilai ${d.nilai}, padahal target harus lebih dari 0`,
    saran: () => "periksa angka pada Perjanjian Kinerja",
    sebab: () => "target bernilai negatif",
  },
  NILAI_NEGATIF: {
    tingkat: "galat",
    temuan: (t, d) => `${t} bernilai ${d.nilai}, padahal tidak boleh negatif`,
    saran: () => "periksa kembali angkanya",
    sebab: () => "anggarannya bernilai negatif",
  },
  REALISASI_NEGATIF: {
    tingkat: "peringatan",
    temuan: (t, d) => `${t} bernilai ${d.nilai} (negatif)`,
    saran: () => "pastikan indikator ini memang dapat bernilai negatif, atau perbaiki angkanya",
  },
  ANGKA_AMBIGU: {
    tingkat: "peringatan",
    temuan: (t, d) => `${t} berisi "${d.teks}" yang dibaca ${d.dibaca} menurut notasi Indonesia`,
    saran: (d) => `bila maksudnya ${d.alternatif}, ubah penulisannya`,
  },
  NOTASI_INGGRIS: {
    tingkat: "info",
    temuan: (t, d) => `${t} berisi "${d.teks}" dalam notasi Inggris (titik desimal), dibaca ${d.dibaca}`,
    saran: (d) => `sebaiknya ditulis ${d.dibaca}`,
  },
  TW_HILANG: {
    tingkat: "peringatan",
    temuan: (t, d) =>
      `${t} kosong: nilai TW ${d.tw} belum tersedia${sourcePhrase(d.sumber)}, sehingga realisasi memakai ${d.dipakai}`,
    saran: (d) => `isi TW ${d.tw} bila nilainya sudah ada`,
  },
  TW_DI_LUAR_PERIODE: {
    tingkat: "info",
    temuan: (t, d) => `${t} terisi tetapi di luar periode laporan (s.d. TW ${d.periode}), sehingga tidak dihitung`,
    saran: () => "kosongkan atau ubah Periode pada sheet Info",
  },
  REALISASI_KOSONG: {
    tingkat: "galat",
    temuan: (t) => `${t} kosong dan tidak ada nilai TW 1-4, sehingga realisasi tidak dapat dibentuk`,
    saran: () => "isi nilai triwulan atau kolom Realisasi",
    sebab: () => "realisasinya belum tersedia",
  },
  AGREGASI_KOSONG: {
    tingkat: "galat",
    temuan: (t) => `${t} kosong sementara Realisasi juga kosong, sehingga nilai triwulan tidak dapat digabung`,
    saran: () => "isi Jumlah, Rata-rata atau Akhir",
    sebab: () => "cara menggabungkan nilai triwulannya belum ditentukan",
  },
  REALISASI_TIDAK_COCOK: {
    tingkat: "peringatan",
    temuan: (t, d) => `${t} berisi ${d.diketik}, tidak sama dengan ${d.cara} (${d.dihitung})`,
    saran: (d) => `periksa mana yang benar (LAPKIN memakai ${d.dipakai})`,
  },
  RINCIAN_TIDAK_COCOK: {
    tingkat: "peringatan",
    temuan: (t, d) => `${t} berisi "${d.rincian}" = ${d.nilai}, tidak sama dengan ${d.pembanding}`,
    saran: (d) => `periksa mana yang benar${d.akibat}`,
  },
  CAPAIAN_TIDAK_COCOK: {
    tingkat: "peringatan",
    temuan: (t, d) =>
      `${t} berisi ${d.diketik}, sedangkan capaian yang benar ${d.benar} (${d.rumus})${d.sebab ? `: ${d.sebab}` : ""}`,
    saran: (d) => `ganti dengan ${d.benar}`,
  },
  PENYERAPAN_TIDAK_COCOK: {
    tingkat: "peringatan",
    temuan: (t, d) =>
      `${t} berisi ${d.diketik}, sedangkan penyerapan yang benar ${d.benar} (${d.rumus})${d.sebab ? `: ${d.sebab}` : ""}`,
    saran: (d) => `ganti dengan ${d.benar}`,
  },
  PENYEBUT_NOL: {
    tingkat: "galat",
    temuan: (t) => `${t} bernilai 0, sehingga rasio tidak dapat dihitung (pembagian dengan nol)`,
    saran: () => "isi jumlah yang menjadi penyebut",
    sebab: () => "penyebut rasionya bernilai 0",
  },
  REALISASI_NOL: {
    tingkat: "galat",
    temuan: (t, d) => `${t} bernilai 0, sehingga ${d.untuk} tidak dapat dihitung (pembagian dengan nol)`,
    saran: () => "periksa realisasinya",
    sebab: (d) => `realisasi bernilai 0 sehingga ${d.untuk} tidak dapat dihitung`,
  },
  CAPAIAN_DIBATASI_NOL: {
    tingkat: "peringatan",
    temuan: (t, d) =>
      `${t} lebih dari dua kali target, sehingga rumus arah turun memberi ${d.nilai} % dan capaian dibatasi menjadi 0 %`,
    saran: () => "periksa realisasinya",
  },
  MELEBIHI_TARGET: {
    tingkat: "info",
    temuan: (t, d) => `${t} bernilai ${d.capaian} %, melebihi target`,
    saran: () => "pastikan realisasinya benar dan jelaskan penyebabnya di Keterangan",
  },
  ANGGARAN_NOL: {
    tingkat: "galat",
    temuan: (t) => `${t} bernilai 0, sehingga penyerapan tidak dapat dihitung (pembagian dengan nol)`,
    saran: () => "isi pagu anggaran",
    sebab: () => "pagu anggarannya bernilai 0",
  },
  ANGGARAN_LEBIH: {
    tingkat: "galat",
    temuan: (t, d) => `${t} berisi ${d.realisasi}, melebihi anggaran ${d.anggaran}`,
    saran: () => "periksa realisasi anggaran atau pagunya",
    sebab: () => "realisasi anggaran melebihi pagunya",
  },
  ANGGARAN_TIDAK_LENGKAP: {
    tingkat: "peringatan",
    temuan: (t, d) => `${t} kosong sementara ${d.ada} terisi, sehingga penyerapan tidak dapat dihitung`,
    saran: () => "isi keduanya atau kosongkan keduanya",
  },
  PILIHAN_TIDAK_DIKENAL: {
    tingkat: "peringatan",
    temuan: (t, d) => `${t} berisi "${d.nilai}" yang tidak dikenal`,
    saran: (d, konteks) => `pilih salah satu dari ${d.pilihan}${konteks === "sel" ? ` (sementara dipakai ${d.dipakai})` : ""}`,
  },
  IKM_DI_LUAR_RENTANG: {
    tingkat: "galat",
    temuan: (t, d) => `${t} bernilai ${d.nilai}, di luar rentang nilai IKM 25-100`,
    saran: () => "periksa nilai konversinya",
  },
  KOLOM_GANDA: {
    tingkat: "peringatan",
    temuan: (t, d) => `${t} berisi "${d.judul}", judul kolom yang sudah ada di ${d.dipakai}`,
    saran: (d) => `LAPKIN memakai kolom ${d.dipakai}; hapus atau ganti judul kolom ini`,
  },
  SHEET_GANDA: {
    tingkat: "peringatan",
    temuan: (_t, d) => `Sheet "${d.nama}" bernama sama dengan sheet "${d.dipakai}" yang dipakai LAPKIN`,
    saran: () => "ganti nama salah satunya agar jelas mana yang berlaku",
  },
  INFO_KOSONG: {
    tingkat: "peringatan",
    temuan: (t) => `${t} kosong`,
    saran: (d) => `isi nilainya pada sheet Info agar ${d.untuk} lengkap`,
  },
  INFO_TIDAK_ADA: {
    tingkat: "peringatan",
    temuan: () => "Sheet Info tidak ada, sehingga judul laporan tidak lengkap dan periode dianggap TW IV",
    saran: () => "tambahkan sheet Info (Unit Kerja, Pemerintah Daerah, Tahun, Periode)",
  },
  TAHUN_TIDAK_SAH: {
    tingkat: "peringatan",
    temuan: (t, d) => `${t} berisi "${d.nilai}", bukan tahun`,
    saran: () => "tulis tahun dengan empat angka, misalnya 2024",
  },
  URAIAN_KOSONG: {
    tingkat: "peringatan",
    temuan: (t) => `${t} kosong dan tidak ada uraian di atasnya`,
    saran: () => "isi tujuan atau sasaran indikator ini",
  },
  INDIKATOR_KOSONG: {
    tingkat: "peringatan",
    temuan: (t) => `${t} kosong padahal barisnya berisi angka`,
    saran: () => "isi nama indikatornya",
  },
  BARIS_RINGKASAN: {
    tingkat: "info",
    temuan: (t, d) => `${t} berisi "${d.teks}", baris ringkasan, bukan indikator, sehingga tidak dihitung sebagai indikator`,
    saran: () => "LAPKIN menghitung rata-rata capaian sendiri; baris ini boleh tetap ada",
  },
  SEL_DI_BAWAH_TABEL: {
    tingkat: "info",
    temuan: (t, d) =>
      `${t} terisi jauh di bawah tabel indikator (yang berakhir di baris ${d.akhir}), sehingga baris ${d.baris} dan sesudahnya diabaikan`,
    saran: () => "bila itu indikator, pindahkan ke bawah baris terakhir tabel tanpa baris kosong panjang",
  },
  SKALA_TIDAK_SAH: {
    tingkat: "peringatan",
    temuan: (t, d) => `${t}: ${d.sebab}, sehingga dipakai skala lima-tingkat`,
    saran: () => "isi sheet Skala dengan kolom Batas Bawah dan Predikat, satu batas per baris",
  },
  LAPORAN_LAMA: {
    tingkat: "peringatan",
    temuan: (_t, d) =>
      `Angka di sheet Indikator berubah sejak sheet ${d.sheet} dibuat: tabel dan rumusnya sudah mengikuti, tetapi kalimat Evaluasi dan Analisis belum`,
    saran: () => "klik Buat Laporan agar kalimatnya diperbarui",
  },
  FILE_TIDAK_TERBACA: {
    tingkat: "galat",
    temuan: (t, d) => `${t} tidak dapat dibaca, sehingga tidak masuk rekap: ${d.sebab.replace(/[.;\s]+$/, "")}`,
    saran: () => "perbaiki file itu atau minta unitnya mengirim ulang, lalu jalankan rekap lagi",
  },
  UNIT_GANDA: {
    tingkat: "peringatan",
    temuan: (t, d) =>
      `${t} berisi laporan ${d.unit} yang juga ada di file ${d.dipakai} (${d.samaAngka ? "angkanya sama" : "angkanya berbeda"}), sehingga yang direkap hanya file ${d.dipakai}`,
    saran: () => "simpan satu file yang berlaku untuk setiap unit di folder masukan, lalu jalankan rekap lagi",
  },
  TAHUN_BERBEDA: {
    tingkat: "peringatan",
    temuan: (t, d) => `${t} (${d.unit}) berisi Tahun ${d.nilai}, sedangkan ${d.jumlah} unit berisi Tahun ${d.mayoritas}`,
    saran: () => "pastikan unit itu mengirim laporan tahun yang benar (angkanya tetap direkap)",
  },
  PERIODE_BERBEDA: {
    tingkat: "peringatan",
    temuan: (t, d) => `${t} (${d.unit}) berisi Periode ${d.nilai}, sedangkan ${d.jumlah} unit berisi Periode ${d.mayoritas}`,
    saran: () => "pastikan unit itu mengirim laporan periode yang benar (angkanya tetap direkap)",
  },
  UNIT_TIDAK_ADA: {
    tingkat: "peringatan",
    temuan: (t, d) => `${t} menyebut ${d.unit}, tetapi tidak ada file terbaca yang Unit Kerja-nya ${d.unit}`,
    saran: () =>
      "minta unit itu mengirim laporannya, atau samakan penulisan nama di daftar dengan isian Unit Kerja di sheet Info file unit itu",
  },
  UNIT_DI_LUAR_DAFTAR: {
    tingkat: "info",
    temuan: (t, d) => `${t} berisi laporan ${d.unit}, yang tidak ada di daftar unit ${d.daftar}`,
    saran: () => "bila unit itu ditulis dengan nama lain di daftar, samakan penulisannya",
  },
  SALINAN_LAPKIN: {
    tingkat: "info",
    temuan: (t, d) =>
      `${t} adalah keluaran LAPKIN dari file ${d.dipakai} dengan angka yang sama, sehingga unitnya dihitung sekali`,
    saran: () => "tidak ada yang perlu diubah",
  },
  REKAP_DILEWATI: {
    tingkat: "info",
    temuan: (t) => `${t} adalah rekap buatan LAPKIN, bukan laporan unit, sehingga tidak direkap`,
    saran: () => "tidak ada yang perlu diubah",
  },
  TEKS_TERPOTONG: {
    tingkat: "peringatan",
    temuan: (t, d) =>
      `${t} menghasilkan teks ${d.panjang} karakter, lebih dari batas Excel ${d.batas} karakter per sel, sehingga dipotong`,
    saran: () => "persingkat teksnya agar tertulis utuh",
  },
};

/** A flag as a calculation raises it: what and why, about which input, not yet placed in a sheet or a formula. */
export interface RaisedFlag<K extends FlagCode = FlagCode> {
  readonly kode: K;
  readonly tingkat: Tingkat;
  /** The input the flag is about; a workbook turns it into a cell, a custom function into an argument. */
  readonly medan: Field;
  readonly data: FlagData[K];
}

/** A flag placed where the user can find it, its sentence rendered once for that place. */
export interface Flag<K extends FlagCode = FlagCode> extends RaisedFlag<K> {
  /** One Indonesian sentence: the place, the value found, what to do. */
  readonly pesan: string;
  /** The "what to do" part of `pesan` alone, so a signed document can be checked to carry none of it. */
  readonly saran: string;
  /** A1 address on the Indikator or Info sheet ("Indikator!J2"), or null for a flag about no one cell. */
  readonly sel: string | null;
}

export function raiseFlag<K extends FlagCode>(kode: K, medan: Field, data: FlagData[K]): RaisedFlag<K> {
  return { kode, tingkat: RULES[kode].tingkat, medan, data };
}

export interface FlagPlace {
  /** How the sentence names the place: "Sel Indikator!J3 (TW 4)", "Argumen target". */
  readonly tempat: string;
  readonly sel?: string | null;
  readonly konteks?: Konteks;
}

/** The flag with its sentence naming its place: every caller gets the catalogue's wording and none writes its own. */
export function placeFlag<K extends FlagCode>(flag: RaisedFlag<K>, place: FlagPlace): Flag<K> {
  const rule = RULES[flag.kode] as FlagRule<K>;
  const saran = rule.saran(flag.data, place.konteks ?? "sel");
  const pesan = flat(`${rule.temuan(place.tempat, flag.data)}; ${saran}.`);
  return {
    kode: flag.kode,
    tingkat: flag.tingkat,
    medan: flag.medan,
    data: flag.data,
    pesan,
    saran: flat(saran),
    sel: place.sel ?? null,
  };
}

/** The flag placed at its field's name alone ("Target ..."), where there is no sheet or argument to name. */
export function describeFlag<K extends FlagCode>(flag: RaisedFlag<K>): Flag<K> {
  return placeFlag(flag, { tempat: FIELD_LABELS[flag.medan] });
}

/**
 * Why a figure could not be computed, for the reader of a signed report ("target belum
 * ditetapkan"): no cell address and no instruction. null for a flag that has no such reading.
 */
export function causeForReader(flag: RaisedFlag): string | null {
  const rule = RULES[flag.kode] as FlagRule<FlagCode>;
  return rule.sebab ? rule.sebab(flag.data) : null;
}

export function isGalat(flag: RaisedFlag): boolean {
  return flag.tingkat === "galat";
}

/** Counts of flags by level: one set of counts for the pane, the command line, the JSON and the notices. */
export type FlagCounts = Readonly<Record<Tingkat, number>>;

export function countFlags(flags: readonly RaisedFlag[]): FlagCounts {
  const counts = { galat: 0, peringatan: 0, info: 0 };
  for (const flag of flags) counts[flag.tingkat]++;
  return counts;
}

/** Severity order: galat first, then peringatan, then info. */
export const TINGKAT_ORDER: readonly Tingkat[] = ["galat", "peringatan", "info"];
