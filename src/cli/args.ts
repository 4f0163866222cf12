import { DOCUMENTS, type DocumentKind } from "../workbook/documents";

export type Command = "contoh" | "laporan" | "periksa" | "rekap" | "bantuan";

export interface CliArgs {
  readonly command: Command;
  /** The one input of laporan and periksa (the first of `inputs`). */
  readonly input: string | null;
  /** Every input named: rekap takes files and folders, the others one file. */
  readonly inputs: readonly string[];
  readonly output: string | null;
  readonly json: boolean;
  /** `contoh --timpa`: write over an existing file. */
  readonly replace: boolean;
  /** `laporan --dokumen pk,evaluasi`: the documents to make; null for every one the data allows. */
  readonly documents: readonly DocumentKind[] | null;
  /** `rekap --daftar FILE`: the list of units the recap expects a file from. */
  readonly daftar: string | null;
}

export type ParsedArgs = { readonly ok: true; readonly args: CliArgs } | { readonly ok: false; readonly message: string };

const COMMANDS: readonly Command[] = ["contoh", "laporan", "periksa", "rekap"];

export const USAGE = `Pemakaian:
  lapkin contoh [-o FILE] [--timpa]              tulis workbook contoh (Kecamatan Klakah, TW IV 2023);
                                                 file yang sudah ada hanya ditimpa dengan --timpa
  lapkin laporan IN.xlsx [-o OUT.xlsx] [--json] [--dokumen laporan,pk,rencana-aksi,evaluasi]
                                                 salinan IN dengan dokumen SAKIP (bawaan: semua yang datanya
                                                 tersedia) dan kolom hitung; IN.xlsm menghasilkan IN-laporan.xlsm
  lapkin periksa IN.xlsx [--json]                periksa saja, tanpa menulis file
  lapkin rekap IN... [-o OUT.xlsx] [--json] [--daftar FILE] [--timpa]
                                                 rekap banyak unit (file dan folder, termasuk subfolder;
                                                 .xlsx dan .xlsm) ke sheet Rekap Unit, Rekap Indikator dan
                                                 Masalah (bawaan: lapkin-rekap.xlsx); --daftar: file teks atau
                                                 .xlsx berisi satu nama unit per baris, unit yang diharapkan
Status keluar: 0 semua terhitung; 1 ada galat (rekap: juga file yang tidak terbaca); 2 input tidak dapat
dipakai (rekap: tidak ada satu pun yang terbaca) atau output tidak dapat ditulis.`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === "-h" || first === "--help" || first === "bantuan") {
    const none = { input: null, inputs: [], output: null, json: false, replace: false, documents: null, daftar: null };
    return { ok: true, args: { command: "bantuan", ...none } };
  }
  if (!COMMANDS.includes(first as Command))
    return { ok: false, message: `Perintah "${first}" tidak dikenal; pakai contoh, laporan, periksa atau rekap.` };
  const command = first as Command;

  const inputs: string[] = [];
  let output: string | null = null;
  let json = false;
  let replace = false;
  let documents: DocumentKind[] | null = null;
  let daftar: string | null = null;
  while (rest.length > 0) {
    const arg = rest.shift()!;
    if (arg === "--json") json = true;
    else if (arg === "--timpa") replace = true;
    else if (arg === "--daftar") {
      const value = rest.shift();
      if (!value)
        return { ok: false, message: "--daftar perlu nama file daftar unit sesudahnya (teks atau .xlsx, satu unit per baris)." };
      daftar = value;
    } else if (arg === "--dokumen") {
      const value = rest.shift();
      const read = readDocuments(value);
      if (!read.ok) return read;
      documents = read.documents;
    } else if (arg === "-o" || arg === "--output") {
      const value = rest.shift();
      if (!value) return { ok: false, message: `${arg} perlu nama file sesudahnya.` };
      output = value;
    } else if (arg.startsWith("-")) return { ok: false, message: `Pilihan "${arg}" tidak dikenal.` };
    else if (inputs.length === 0 || command === "rekap") inputs.push(arg);
    else return { ok: false, message: `Argumen berlebih: "${arg}".` };
  }
  const input = inputs[0] ?? null;

  if (command === "contoh" && input !== null)
    return { ok: false, message: "lapkin contoh tidak menerima file masukan; pakai -o FILE." };
  if (command === "rekap" && input === null)
    return { ok: false, message: "lapkin rekap perlu file atau folder laporan unit (.xlsx)." };
  if (command !== "contoh" && input === null) return { ok: false, message: `lapkin ${command} perlu file masukan .xlsx.` };
  if (command === "periksa" && output !== null)
    return { ok: false, message: "lapkin periksa tidak menulis file; -o tidak dipakai." };
  if (command !== "contoh" && command !== "rekap" && replace)
    return {
      ok: false,
      message: `--timpa hanya untuk lapkin contoh dan rekap; lapkin ${command} tidak pernah mengubah file masukan.`,
    };
  if (command !== "laporan" && documents !== null) return { ok: false, message: `--dokumen hanya untuk lapkin laporan.` };
  if (command !== "rekap" && daftar !== null) return { ok: false, message: "--daftar hanya untuk lapkin rekap." };
  return { ok: true, args: { command, input, inputs, output, json, replace, documents, daftar } };
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
