import { DOCUMENTS, type DocumentKind } from "../workbook/documents";

export type Command = "contoh" | "laporan" | "periksa" | "bantuan";

export interface CliArgs {
  readonly command: Command;
  readonly input: string | null;
  readonly output: string | null;
  readonly json: boolean;
  /** `contoh --timpa`: write over an existing file. */
  readonly replace: boolean;
  /** `laporan --dokumen pk,evaluasi`: the documents to make; null for every one the data allows. */
  readonly documents: readonly DocumentKind[] | null;
}

export type ParsedArgs = { readonly ok: true; readonly args: CliArgs } | { readonly ok: false; readonly message: string };

const COMMANDS: readonly Command[] = ["contoh", "laporan", "periksa"];

export const USAGE = `Pemakaian:
  lapkin contoh [-o FILE] [--timpa]              tulis workbook contoh (Kecamatan Klakah, TW IV 2023);
                                                 file yang sudah ada hanya ditimpa dengan --timpa
  lapkin laporan IN.xlsx [-o OUT.xlsx] [--json] [--dokumen laporan,pk,rencana-aksi,evaluasi]
                                                 salinan IN dengan dokumen SAKIP (bawaan: semua yang datanya
                                                 tersedia) dan kolom hitung; IN.xlsm menghasilkan IN-laporan.xlsm
  lapkin periksa IN.xlsx [--json]                periksa saja, tanpa menulis file
Status keluar: 0 semua terhitung; 1 ada galat; 2 input tidak dapat dipakai atau output tidak dapat ditulis.`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === "-h" || first === "--help" || first === "bantuan") {
    return { ok: true, args: { command: "bantuan", input: null, output: null, json: false, replace: false, documents: null } };
  }
  if (!COMMANDS.includes(first as Command))
    return { ok: false, message: `Perintah "${first}" tidak dikenal; pakai contoh, laporan atau periksa.` };
  const command = first as Command;

  let input: string | null = null;
  let output: string | null = null;
  let json = false;
  let replace = false;
  let documents: DocumentKind[] | null = null;
  while (rest.length > 0) {
    const arg = rest.shift()!;
    if (arg === "--json") json = true;
    else if (arg === "--timpa") replace = true;
    else if (arg === "--dokumen") {
      const value = rest.shift();
      const read = readDocuments(value);
      if (!read.ok) return read;
      documents = read.documents;
    } else if (arg === "-o" || arg === "--output") {
      const value = rest.shift();
      if (!value) return { ok: false, message: `${arg} perlu nama file sesudahnya.` };
      output = value;
    } else if (arg.startsWith("-")) return { ok: false, message: `Pilihan "${arg}" tidak dikenal.` };
    else if (input === null) input = arg;
    else return { ok: false, message: `Argumen berlebih: "${arg}".` };
  }

  if (command === "contoh" && input !== null)
    return { ok: false, message: "lapkin contoh tidak menerima file masukan; pakai -o FILE." };
  if (command !== "contoh" && input === null) return { ok: false, message: `lapkin ${command} perlu file masukan .xlsx.` };
  if (command === "periksa" && output !== null)
    return { ok: false, message: "lapkin periksa tidak menulis file; -o tidak dipakai." };
  if (command !== "contoh" && replace)
    return {
      ok: false,
      message: `--timpa hanya untuk lapkin contoh; lapkin ${command} tidak pernah mengubah file masukan.`,
    };
  if (command !== "laporan" && documents !== null) return { ok: false, message: `--dokumen hanya untuk lapkin laporan.` };
  return { ok: true, args: { command, input, output, json, replace, documents } };
}

/** "laporan,pk" -> the documents, by the names the command line gives them (rencana-aksi, evaluasi). */
function readDocuments(value: string | undefined): { ok: true; documents: DocumentKind[] } | { ok: false; message: string } {
  const names = DOCUMENTS.map((d) => d.cli).join(", ");
  if (!value)
    return { ok: false, message: `--dokumen perlu daftar dokumen sesudahnya, misalnya laporan,pk (pilihan: ${names}).` };
  const documents: DocumentKind[] = [];
  for (const name of value
    .split(",")
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean)) {
    const found = DOCUMENTS.find((d) => d.cli === name);
    if (!found) return { ok: false, message: `Dokumen "${name}" tidak dikenal; pilih dari ${names}.` };
    if (!documents.includes(found.kind)) documents.push(found.kind);
  }
  if (documents.length === 0) return { ok: false, message: `--dokumen perlu paling sedikit satu dokumen (pilihan: ${names}).` };
  return { ok: true, documents };
}
