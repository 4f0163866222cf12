import { detailValue, evaluateIndicator, describeFlag } from "../../src/engine";
import { SEED_DESA } from "../support/seed";

const value = (text: string) => detailValue(text)?.toString() ?? null;

describe("detail lines", () => {
  test.each([
    ["12 + 12 + 12", "36"],
    ["12 + 11 + 12", "35"],
    ["(12 x 1 Dok APBDes) + (1 x 11 Dok RKPDesa) + (1 x 12 Dok LPPDesa)", "35"],
    ["(12 X 12 Dok APBDes tepat)+( 1 x 11 Dok RKPDesa )+ (1 x 12 Dok Lppdese)", "167"],
    ["3 × 2,5", "7.5"],
    ["1.500 + 250", "1750"],
    ["12x3", "36"],
  ])("%p adds up to %p", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  test.each(["", "semua desa tepat waktu", "12 +", "(12 + 3", "12 / 3", "=SUM(A1:A3)", "1".repeat(600)])(
    "%p has nothing to check",
    (text) => {
      expect(value(text)).toBeNull();
    },
  );

  test("the seed's contradiction: a detail of 12 + 11 + 12 under a Pembilang of 36 is flagged, with what it would give", () => {
    const result = evaluateIndicator({ ...SEED_DESA.input, rincian: "12 + 11 + 12" });
    const [flag] = result.flags.filter((f) => f.kode === "RINCIAN_TIDAK_COCOK");
    expect(flag).toMatchObject({ tingkat: "peringatan", medan: "rincian" });
    // DOMAIN.md: eleven RKPDesa instead of twelve would give 97,22 %.
    expect(describeFlag(flag!).pesan).toBe(
      'Rincian berisi "12 + 11 + 12" = 35, tidak sama dengan Pembilang 36; periksa mana yang benar (dengan rincian ini realisasi menjadi 97,22).',
    );
    expect(result.realisasi?.toString()).toBe(SEED_DESA.expected.realisasi);
  });

  test("a detail that agrees raises nothing; for a typed realisasi it is compared with it", () => {
    expect(evaluateIndicator({ ...SEED_DESA.input, rincian: "12 + 12 + 12" }).flags.map((f) => f.kode)).toEqual([
      "MELEBIHI_TARGET",
    ]);
    const manual = evaluateIndicator({ target: 10, realisasi: 9, rincian: "4 + 4" });
    expect(manual.flags.map((f) => f.kode)).toEqual(["RINCIAN_TIDAK_COCOK"]);
    expect(describeFlag(manual.flags[0]!).pesan).toContain("Realisasi 9");
  });
});
