import type { PageFlow } from "./page-flow";
import type { InfoSheet, Signatory } from "./read-info";
import { LINE_HEIGHT, textHeight, type SheetBuilder } from "./sheet-builder";

interface Side {
  readonly left: number;
  readonly right: number;
}

const BLANK_NAME = "(....................................)";
/** Room left for the signature and the stamp. */
const SIGNING_SPACE = 48;

/**
 * The signature block under a document: "Mengetahui, Atasan Langsung" on the left, the place and
 * date and the Penanggung Jawab on the right, each with the office, room to sign, the name, the
 * pangkat and the NIP where Info gives them. Long office titles wrap; nothing is cut.
 */
export function signatureBlock(info: InfoSheet) {
  const { atasanLangsung, penanggungJawab } = info.signatories;
  const placeDate = [info.tempat, info.tanggal].filter(Boolean).join(", ");
  const rows: [string, string, "signature" | "signatureName"][] = [
    ["Mengetahui,", placeDate, "signature"],
    ["Atasan Langsung", "Penanggung Jawab", "signature"],
    [office(atasanLangsung, "Atasan Langsung"), office(penanggungJawab, "Penanggung Jawab"), "signature"],
    ["", "", "signature"],
    [atasanLangsung.nama ?? BLANK_NAME, penanggungJawab.nama ?? BLANK_NAME, "signatureName"],
    [atasanLangsung.pangkat ?? "", penanggungJawab.pangkat ?? "", "signature"],
    [nip(atasanLangsung), nip(penanggungJawab), "signature"],
  ];
  const filled = rows.filter(([l, r], i) => i === 3 || l !== "" || r !== "");
  const heightOf = (row: (typeof rows)[number], widths: { left: number; right: number }) =>
    row === rows[3] ? SIGNING_SPACE : Math.max(textHeight(row[0], widths.left), textHeight(row[1], widths.right), LINE_HEIGHT);

  return {
    /** A generous height for keeping the block on one page (the widest use of the sides). */
    height: filled.length * LINE_HEIGHT * 2 + SIGNING_SPACE,
    write(sheet: SheetBuilder, flow: PageFlow, sides: { left: Side; right: Side }): void {
      const widths = {
        left: sheet.width(sides.left.left, sides.left.right),
        right: sheet.width(sides.right.left, sides.right.right),
      };
      filled.forEach((line) => {
        const height = heightOf(line, widths);
        const row = flow.row(height);
        sheet.height(row, height);
        sheet.merge({ top: row, bottom: row, ...sides.left }, line[0] || null, line[2]);
        sheet.merge({ top: row, bottom: row, ...sides.right }, line[1] || null, line[2]);
      });
    },
  };
}

function office(signatory: Signatory, fallback: string): string {
  return (signatory.jabatan ?? fallback).toUpperCase();
}

function nip(signatory: Signatory): string {
  return signatory.nip ? `NIP. ${signatory.nip}` : "";
}
