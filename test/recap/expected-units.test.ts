import { expectedUnitsOf } from "../../src/recap/expected-units";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, sel: `baris ${i + 1}` }));

describe("the list of expected units (--daftar)", () => {
  test("one unit a line, spaces tidied; blank lines, a heading on the first line and a name given twice are left out", () => {
    const list = expectedUnitsOf(
      "daftar.txt",
      lines("Unit Kerja", "  Dinas   Alpha ", "", "Dinas Beta", "dinas beta", "Kecamatan Klakah"),
    );
    expect(list).toEqual({
      file: "daftar.txt",
      units: [
        { name: "Dinas Alpha", sel: "baris 2" },
        { name: "Dinas Beta", sel: "baris 4" },
        { name: "Kecamatan Klakah", sel: "baris 6" },
      ],
    });
  });

  test("a heading only counts as one on the first line: a unit called Unit Kerja further down is kept", () => {
    expect(expectedUnitsOf("d.txt", lines("Dinas Alpha", "Unit Kerja")).units.map((u) => u.name)).toEqual([
      "Dinas Alpha",
      "Unit Kerja",
    ]);
  });
});
