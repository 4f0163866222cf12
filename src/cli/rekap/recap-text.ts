import { formatNumber } from "../../engine";
import { ranksOf } from "../../recap/rank";
import type { RecapPlans } from "../../recap/recap-pipeline";
import { unitLabel } from "../../recap/unit-label";
import { oneLine } from "../terminal-text";
import { renderTable } from "../text-table";

const show = (value: number | null) => (value === null ? "-" : formatNumber(value));

/** The recap for the terminal: the units table, the problems across units, and where the rest is. */
export function recapText(plans: RecapPlans, output: string): string {
  const title = [plans.title, plans.region].filter(Boolean).join(", ");
  const ranks = ranksOf(plans.units.map((u) => u.rataRataCapaian));
  const table = renderTable(
    [
      { header: "No", align: "right" },
      { header: "Unit Kerja", maxWidth: 36 },
      { header: "Indikator", align: "right" },
      { header: "Capaian (%)", align: "right" },
      { header: "Predikat" },
      { header: "Penyerapan (%)", align: "right" },
      { header: "Galat", align: "right" },
      { header: "Peringatan", align: "right" },
      { header: "Peringkat", align: "right" },
    ],
    plans.units.map((u, i) => [
      String(i + 1),
      unitLabel(u),
      String(u.indicators.length),
      show(u.rataRataCapaian),
      u.predikat ?? "-",
      show(u.penyerapan),
      String(u.galat),
      String(u.peringatan),
      ranks[i] === null ? "-" : String(ranks[i]),
    ]),
  );
  const across = plans.problems.slice(0, plans.acrossUnits);
  const others = plans.problems.length - across.length;
  const lines = [
    oneLine(title),
    "",
    table,
    "",
    `${plans.counts} ${across.length ? `${across.length} masalah antarunit:` : "Tidak ada masalah antarunit."}`,
    ...across.map((p) => `  [${p.tingkat}] ${oneLine(p.pesan)}`),
    ...(others ? [`Galat, peringatan dan info setiap unit (${others}) ada di sheet Masalah.`] : []),
    `Ditulis ke ${output}: sheet ${plans.sheets.map((s) => s.name).join(", ")}.`,
  ];
  return lines.join("\n");
}
