import type { PageFlow } from "./page-flow";
import type { InfoSheet, Signatory } from "./read-info";
import { LINE_HEIGHT, textHeight, type SheetBuilder } from "./sheet-builder";

interface Columns {
  readonly left: number;
  readonly right: number;
}

/** One side of a signature block: the captions above ("Mengetahui,", "Pihak Kedua,"), the office, the person. */
export interface SignatureSide {
  readonly captions: readonly string[];
  readonly office: string;
  readonly signatory: Pick<Signatory, "nama" | "nip" | "pangkat">;
}

const BLANK_NAME = "(....................................)";
/** Room left for the signature and the stamp. */
const SIGNING_SPACE = 48;

/**
 * Two signatures side by side under a document: captions, the office (upper case, wrapping when
 * long; never cut), room to sign, the name (or a line to write it on), pangkat and NIP where Info
 * gives them. The place and date stand above the right-hand side, as Indonesian documents put them.
 */
export function signatureBlock(left: SignatureSide, right: SignatureSide, placeDate: string) {
  const captions = Math.max(left.captions.length, right.captions.length);
  const caption = (side: SignatureSide, i: number) => side.captions[i - (captions - side.captions.length)] ?? "";
  const rows: [string, string, "signature" | "signatureName"][] = [
    ["", placeDate, "signature"],
    ...Array.from({ length: captions }, (_, i): [string, string, "signature"] => [
      caption(left, i),
      caption(right, i),
      "signature",
    ]),
    [left.office.toUpperCase(), right.office.toUpperCase(), "signature"],
    ["", "", "signature"],
    [left.signatory.nama ?? BLANK_NAME, right.signatory.nama ?? BLANK_NAME, "signatureName"],
    [left.signatory.pangkat ?? "", right.signatory.pangkat ?? "", "signature"],
    [nip(left.signatory), nip(right.signatory), "signature"],
  ];
  const signing = rows[captions + 2]!;
  const filled = rows.filter((row) => row === signing || row[0] !== "" || row[1] !== "");

  return {
    /** A generous height for keeping the block on one page. */
    height: filled.length * LINE_HEIGHT * 2 + SIGNING_SPACE,
    write(sheet: SheetBuilder, flow: PageFlow, sides: { left: Columns; right: Columns }): void {
      const widths = {
        left: sheet.width(sides.left.left, sides.left.right),
        right: sheet.width(sides.right.left, sides.right.right),
      };
      for (const line of filled) {
        const height =
          line === signing
            ? SIGNING_SPACE
            : Math.max(textHeight(line[0], widths.left), textHeight(line[1], widths.right), LINE_HEIGHT);
        const row = flow.row(height);
        sheet.height(row, height);
        sheet.merge({ top: row, bottom: row, ...sides.left }, line[0] || null, line[2]);
        sheet.merge({ top: row, bottom: row, ...sides.right }, line[1] || null, line[2]);
      }
    },
  };
}

/** "Klakah, 10 Januari 2024", or "" where Info gives neither. */
export function placeAndDate(info: InfoSheet): string {
  return [info.tempat, info.tanggal].filter(Boolean).join(", ");
}

/** The report's own block: the atasan's acknowledgement on the left, the penanggung jawab on the right. */
export function reportSignatures(info: InfoSheet) {
  const { atasanLangsung, penanggungJawab } = info.signatories;
  return signatureBlock(
    {
      captions: ["Mengetahui,", "Atasan Langsung"],
      office: atasanLangsung.jabatan ?? "Atasan Langsung",
      signatory: atasanLangsung,
    },
    { captions: ["Penanggung Jawab"], office: penanggungJawab.jabatan ?? "Penanggung Jawab", signatory: penanggungJawab },
    placeAndDate(info),
  );
}

function nip(signatory: Pick<Signatory, "nip">): string {
  return signatory.nip ? `NIP. ${signatory.nip}` : "";
}
