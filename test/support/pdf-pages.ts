import { execFileSync } from "child_process";
import { mkdirSync, readdirSync, rmSync } from "fs";
import { join } from "path";
import { convertWithLibreOffice } from "./libreoffice";

export const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts");

export interface PdfPage {
  /** 1-based. */
  readonly number: number;
  readonly text: string;
  /** Points, as pdfinfo reports the page. */
  readonly width: number;
  readonly height: number;
}

/** A workbook printed by LibreOffice, page by page with each page's text and size. */
export function printedPages(file: string, outDir: string): { pdf: string; pages: PdfPage[] } {
  const pdf = convertWithLibreOffice(file, "pdf", outDir);
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    number: Number(m[1]),
    width: Number(m[2]),
    height: Number(m[3]),
  }));
  const pages = sizes.map((size) => ({
    ...size,
    text: execFileSync("pdftotext", ["-layout", "-f", `${size.number}`, "-l", `${size.number}`, pdf, "-"], { encoding: "utf8" }),
  }));
  return { pdf, pages };
}

/** The first line of text on a page: the repeated title row of LAPKIN's documents (Evaluasi Renja repeats its table header instead). */
export function firstLine(page: PdfPage): string {
  return (
    page.text
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l !== "") ?? ""
  );
}

/** Saves the given pages as test-artifacts/<name>-<n>.png, replacing earlier ones of that name. */
export function savePages(pdf: string, pages: readonly PdfPage[], name: string): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const old of readdirSync(ARTIFACTS).filter((f) => new RegExp(`^${name}-\\d+\\.png$`).test(f)))
    rmSync(join(ARTIFACTS, old));
  pages.forEach((page, i) =>
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "80",
      "-singlefile",
      "-f",
      `${page.number}`,
      "-l",
      `${page.number}`,
      pdf,
      join(ARTIFACTS, `${name}-${i + 1}`),
    ]),
  );
}

/** A4 in points, either way round, within a point. */
export function isA4(page: PdfPage): boolean {
  const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
  return Math.abs(short - 595) <= 1.5 && Math.abs(long - 842) <= 1.5;
}
