import { Decimal, evaluateIndicator, describeFlag } from "../../src/engine";
import { SEED_DESA, SEED_FASILITASI, SEED_IKM } from "../support/seed";

const codes = (flags: readonly { kode: string }[]) => flags.map((f) => f.kode);

describe("the seed report reproduces through the engine", () => {
  test("Nilai IKM Kecamatan: mean of TW 1-3 with TW 4 missing gives 84,87 and capaian 94,30", () => {
    const result = evaluateIndicator(SEED_IKM.input);
    expect(result.realisasi?.toString()).toBe(SEED_IKM.expected.realisasi);
    expect(result.capaian?.toFixed(2)).toBe(SEED_IKM.expected.capaian);
    expect(result.predikat).toBe("Sangat Tinggi");
  });

  test("the missing TW 4 is flagged on TW 4 and the note says who computes it and how realisasi was formed", () => {
    const result = evaluateIndicator(SEED_IKM.input);
    const missing = result.flags.filter((f) => f.kode === "TW_HILANG");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ tingkat: "peringatan", medan: "tw4" });
    expect(describeFlag(missing[0]!).pesan).toContain("Bagian Organisasi");
    expect(result.catatan).toBe(SEED_IKM.expected.note);
  });

  test("fasilitasi dan koordinasi: sum of four quarters 93,65, capaian 98,34, penyerapan 94,74", () => {
    const result = evaluateIndicator(SEED_FASILITASI.input);
    expect(result.realisasi?.toString()).toBe(SEED_FASILITASI.expected.realisasi);
    expect(result.capaian?.toString()).toBe(SEED_FASILITASI.expected.capaian);
    expect(result.penyerapan?.toString()).toBe(SEED_FASILITASI.expected.penyerapan);
    expect(result.catatan).toBe("");
    expect(result.flags).toEqual([]);
  });

  test("fasilitasi: efisiensi is capaian minus penyerapan, within 5 points is cukup efisien", () => {
    const result = evaluateIndicator(SEED_FASILITASI.input);
    // 98,34 - 94,74 = 3,60 by hand.
    expect(result.efisiensi?.selisih.toString()).toBe("3.6");
    expect(result.efisiensi?.kategori).toBe("cukup efisien");
  });

  test("fasilitasi: cost per unit is realisasi anggaran over realisasi kinerja", () => {
    const result = evaluateIndicator(SEED_FASILITASI.input);
    const byHand = new Decimal(2066201000).dividedBy("93.65").toDecimalPlaces(2);
    expect(result.biayaPerUnit?.toString()).toBe(byHand.toString());
  });

  test("desa tertib administrasi: 36 of 36 documents gives 100 and capaian 105,01, flagged melebihi target", () => {
    const result = evaluateIndicator(SEED_DESA.input);
    expect(result.realisasi?.toString()).toBe(SEED_DESA.expected.realisasi);
    expect(result.capaian?.toString()).toBe(SEED_DESA.expected.capaian);
    expect(result.penyerapan?.toString()).toBe(SEED_DESA.expected.penyerapan);
    expect(codes(result.flags)).toEqual(["MELEBIHI_TARGET"]);
    expect(describeFlag(result.flags[0]!).pesan).toContain("105,01");
  });

  test("desa entered as Rasio 35/36 against a typed 100 warns REALISASI_TIDAK_COCOK and uses 97,22", () => {
    const result = evaluateIndicator({ ...SEED_DESA.input, pembilang: 35, penyebut: 36, realisasi: 100 });
    const mismatch = result.flags.find((f) => f.kode === "REALISASI_TIDAK_COCOK");
    expect(mismatch).toMatchObject({ tingkat: "peringatan", medan: "realisasi" });
    expect(describeFlag(mismatch!).pesan).toContain("97,22");
    expect(describeFlag(mismatch!).pesan).toContain("100");
    // DOMAIN.md: eleven RKPDesa instead of twelve would give 97,22 %.
    expect(result.realisasi?.toString()).toBe("97.22");
  });
});
