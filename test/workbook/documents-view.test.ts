import { paneView } from "../../src/workbook/pane-view";
import { buildWorkbook } from "../../src/workbook/pipeline";
import { seedGrids } from "../support/grids";
import { indikatorOf, plansOf, snapshotOf } from "../support/workbooks";

/** The pane lists the documents of the SAKIP year with what each needs (issue 11, item 4). */
describe("the documents the pane offers", () => {
  const viewOf = (indikator: ReturnType<typeof indikatorOf>) => paneView(plansOf({ indikator }).workbook).documents;
  const plain = {
    Level: "Sasaran",
    Uraian: "Meningkatnya layanan",
    Indikator: "Persentase layanan tepat waktu",
    Satuan: "%",
    Target: 90,
    TW1: 88,
  };

  test("the sample allows all four, in the order of the year's documents", () => {
    const documents = paneView(plansOf({ indikator: seedGrids().indikator }).workbook).documents;
    expect(documents.map((d) => [d.label.id, d.available])).toEqual([
      ["Laporan Kinerja", true],
      ["Perjanjian Kinerja", true],
      ["Rencana Aksi", true],
      ["Evaluasi Renja", true],
    ]);
    expect(documents.every((d) => d.needs === null)).toBe(true);
  });

  test("without Target TW columns the Rencana Aksi can't be made and the pane says which columns add it", () => {
    const rencana = viewOf(indikatorOf([plain])).find((d) => d.kind === "rencanaAksi")!;
    expect(rencana.available).toBe(false);
    expect(rencana.needs!.id).toContain("Target TW1 sampai Target TW4");
    expect(rencana.needs!.en).toContain("Target TW1 to Target TW4");
  });

  test("without Anggaran the PK is still made, and the pane says its budget table needs the column", () => {
    const pk = viewOf(indikatorOf([plain])).find((d) => d.kind === "pk")!;
    expect(pk.available).toBe(true);
    expect(pk.needs!.id).toContain("Anggaran");
  });

  test("a Target TW column makes the Rencana Aksi possible", () => {
    const documents = viewOf(indikatorOf([{ ...plain, "Target TW1": 20, "Target TW2": 45, "Target TW3": 70, "Target TW4": 90 }]));
    expect(documents.find((d) => d.kind === "rencanaAksi")).toMatchObject({ available: true, needs: null });
  });

  test("the pipeline agrees with the pane: a document the pane offers is written, one it doesn't is not", () => {
    const indikator = indikatorOf([plain]);
    const offered = paneView(plansOf({ indikator }).workbook).documents;
    for (const document of offered) {
      const run = buildWorkbook(snapshotOf({ indikator }), { documents: [document.kind] });
      expect({ kind: document.kind, written: run.ok }).toEqual({ kind: document.kind, written: document.available });
    }
  });
});
