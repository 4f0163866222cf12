import type { Message } from "../workbook/outcome-text";
import type { RecapPlans } from "./recap-pipeline";

/** How a finished recap is told in the pane: where it went, how many units of how many files, and what needs a look. */
export function recapNotice(plans: RecapPlans, where: Message): Message & { readonly tone: "success" | "info" } {
  const unread = plans.problems.filter((p) => p.kode === "FILE_TIDAK_TERBACA").length;
  const files = plans.units.length + unread;
  const galat = plans.units.reduce((sum, u) => sum + u.galat, 0);
  const across = plans.acrossUnits;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const id = [
    `${where.id}: ${plans.units.length} unit dari ${files} file.`,
    unread ? `${unread} file tidak dapat dibaca.` : "",
    across ? `${across} masalah antarunit dan ${galat} galat unit ada di sheet Masalah.` : "",
    !across && galat ? `${galat} galat unit ada di sheet Masalah.` : "",
  ];
  const en = [
    `${where.en}: ${plural(plans.units.length, "unit")} from ${plural(files, "file")}.`,
    unread ? `${plural(unread, "file")} could not be read.` : "",
    across ? `${plural(across, "problem")} across units and ${plural(galat, "unit error")} are listed in sheet Masalah.` : "",
    !across && galat ? `${plural(galat, "unit error")} are listed in sheet Masalah.` : "",
  ];
  const join = (parts: string[]) => parts.filter(Boolean).join(" ");
  return { tone: unread || across || galat ? "info" : "success", id: join(id), en: join(en) };
}
