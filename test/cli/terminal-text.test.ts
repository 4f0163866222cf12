import fc from "fast-check";
import { jsonText } from "../../src/cli/json-text";
import { forTerminal, oneLine } from "../../src/cli/terminal-text";

/** What a terminal would act on: C0 controls other than newline and tab, DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this test is for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const ESC = "\u001b";
const BEL = "\u0007";

describe("forTerminal: cell text and file names reach the terminal without a control code", () => {
  test.each([
    ["clear screen", `a${ESC}[2Jb`, "ab"],
    ["cursor home and erase line", `a${ESC}[H${ESC}[2Kb`, "ab"],
    ["window title ended by BEL", `a${ESC}]0;judul palsu${BEL}b`, "ab"],
    ["window title ended by ST", `a${ESC}]2;judul${ESC}\\b`, "ab"],
    ["hyperlink (OSC 8)", `${ESC}]8;;http://contoh.id/?a=b c${ESC}\\klik${ESC}]8;;${ESC}\\`, "klik"],
    ["hidden text shown", `${ESC}[8mrahasia${ESC}[0m`, "rahasia"],
    ["private CSI (hide cursor)", `a${ESC}[?25lb`, "ab"],
    ["DCS string", `a${ESC}Pq#0;2;0;0;0${ESC}\\b`, "ab"],
    ["charset switch (nF)", `a${ESC}(0b`, "ab"],
    ["reset (Fs)", `a${ESC}cb`, "ab"],
    ["8-bit CSI", "a\u009b2Jb", "ab"],
    ["8-bit OSC ended by 8-bit ST", "a\u009d0;judul\u009cb", "ab"],
    ["carriage return that would overwrite a line", "galat\rSemua baik", "galatSemua baik"],
    ["backspace, bell, NUL, DEL, NEL", "a\b\u0007\u0000\u007f\u0085b", "ab"],
  ])("%s", (_, hostile, shown) => {
    expect(forTerminal(hostile)).toBe(shown);
  });

  test("newline and tab stay; letters of every script stay", () => {
    const text = "Baris 1\tKecamatan Klakah\nCapaian 94,30 % — Über 日本 ✓";
    expect(forTerminal(text)).toBe(text);
  });

  test("an unterminated title does not swallow the lines after it", () => {
    const printed = `Indikator ${ESC}]0;judul\n  [galat] Indikator!J3: TW 4 kosong.`;
    expect(forTerminal(printed)).toBe("Indikator 0;judul\n  [galat] Indikator!J3: TW 4 kosong.");
  });

  test("an escape sequence cut short by the end of the text leaves nothing behind", () => {
    expect(forTerminal(`akhir${ESC}`)).toBe("akhir");
    expect(forTerminal(`akhir${ESC}[12;`)).toBe("akhir");
  });

  const hostileText = fc.string({
    unit: fc.oneof(
      fc.constantFrom(ESC, BEL, "\r", "\n", "\t", "\u007f", "\u009b", "\u009c", "\u009d", "[", "]", "\\", ";", "P"),
      fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("a", "Z", "0", " ", "é", "日"),
    ),
  });

  test("property: nothing a terminal acts on is ever left, and a second pass changes nothing", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const shown = forTerminal(text);
        expect(shown).not.toMatch(CONTROL);
        expect(forTerminal(shown)).toBe(shown);
      }),
    );
  });

  test("property: text without control codes is printed exactly as it is", () => {
    const plain = fc.string({ unit: "grapheme" }).map((s) => s.replace(new RegExp(CONTROL, "g"), ""));
    fc.assert(fc.property(plain, (text) => expect(forTerminal(text)).toBe(text)));
  });

  test("oneLine: a cell's own line breaks become spaces, so it can't start a line of its own", () => {
    expect(oneLine("84,87\n  [info] Semua baik\r\n")).toBe("84,87 [info] Semua baik");
  });
});

describe("jsonText: --json stays exact JSON with no control code in it", () => {
  const anyValue = fc
    .jsonValue()
    .chain((value) => fc.constantFrom(value, { indikator: `${ESC}[2J\u0085\u009b\u007f`, nested: [value] }));

  test("property: it parses to the same value as JSON.stringify's text", () => {
    fc.assert(fc.property(anyValue, (value) => expect(JSON.parse(jsonText(value))).toEqual(JSON.parse(JSON.stringify(value)))));
  });

  test("property: the terminal filter finds nothing to remove in it", () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const text = jsonText(value);
        expect(text).not.toMatch(CONTROL);
        expect(forTerminal(text)).toBe(text);
      }),
    );
  });
});
