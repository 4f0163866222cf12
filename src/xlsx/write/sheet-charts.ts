import type { ChartPlan } from "../../workbook/chart-plan";
import { CONTENT_TYPE, type ContentTypesEdit } from "../package/content-types";
import type { PackageDraft } from "../package/package-draft";
import { relativeTarget, relsPartOf } from "../package/part-names";
import { readRelationships, REL, RelationshipsEdit } from "../package/relationships";
import { chartXml } from "./chart-xml";
import { drawingXml, type PlacedChart } from "./drawing-xml";

/** What writing a sheet's charts needs of the package being written. */
export interface ChartPackage {
  readonly draft: PackageDraft;
  readonly contentTypes: ContentTypesEdit;
  /** A part name no part of the package has: `${stem}${n}${extension}`. */
  unusedPart(stem: string, extension: string): string;
}

/**
 * A sheet's charts as a drawing part with one chart part each, under names no other part has
 * (a user's own drawings and charts keep theirs), with their relationships and content types.
 * Returns the id of the sheet's relationship to the drawing, or null without charts.
 */
export function writeSheetCharts(
  pkg: ChartPackage,
  sheetPart: string,
  sheetRels: RelationshipsEdit,
  charts: readonly ChartPlan[],
): string | null {
  if (charts.length === 0) return null;
  const drawingPart = pkg.unusedPart("xl/drawings/drawing", ".xml");
  // Claimed before the chart parts are named, so that none of them can take the drawing's name.
  pkg.draft.setText(drawingPart, "");
  const drawingRels = new RelationshipsEdit(null, drawingPart);
  const placed: PlacedChart[] = charts.map((plan) => {
    const chartPart = pkg.unusedPart("xl/charts/chart", ".xml");
    pkg.draft.setText(chartPart, chartXml(plan));
    pkg.contentTypes.addOverride(chartPart, CONTENT_TYPE.chart);
    return { plan, relId: drawingRels.add(REL.chart, relativeTarget(drawingPart, chartPart)) };
  });
  pkg.draft.setText(drawingPart, drawingXml(placed));
  pkg.draft.setText(relsPartOf(drawingPart), drawingRels.result());
  pkg.contentTypes.addOverride(drawingPart, CONTENT_TYPE.drawing);
  return sheetRels.add(REL.drawing, relativeTarget(sheetPart, drawingPart));
}

/**
 * Removes the drawings of a sheet LAPKIN is rewriting, with every part reached from them (charts,
 * their styles, pictures) that nothing else in the package refers to: a regeneration leaves no
 * orphaned parts behind, and a part another sheet shares stays.
 */
export function dropSheetDrawings(pkg: ChartPackage, sheetPart: string, sheetRels: RelationshipsEdit): void {
  const drawings = sheetRels.relationships.filter((r) => r.type === REL.drawing && r.part);
  if (drawings.length === 0) return;
  for (const r of drawings) sheetRels.remove(r);
  const dropped = new Set(drawings.map((r) => r.id));
  const reached = new Set<string>();
  const visit = (part: string) => {
    if (reached.has(part.toLowerCase()) || !pkg.draft.has(part)) return;
    reached.add(part.toLowerCase());
    for (const r of readRelationships(pkg.draft.text(relsPartOf(part)), part)) if (r.part) visit(r.part);
  };
  for (const r of drawings) visit(r.part!);
  const isSheet = (source: string) => source.toLowerCase() === sheetPart.toLowerCase();
  const elsewhere = new Set<string>();
  for (const rels of pkg.draft.partNames().filter((p) => p.toLowerCase().endsWith(".rels"))) {
    const source = sourceOf(rels);
    if (reached.has(source.toLowerCase())) continue;
    for (const r of readRelationships(pkg.draft.text(rels), source))
      if (r.part && !(isSheet(source) && dropped.has(r.id))) elsewhere.add(r.part.toLowerCase());
  }
  for (const part of reached) {
    if (elsewhere.has(part)) continue;
    pkg.draft.remove(part);
    pkg.draft.remove(relsPartOf(part));
    pkg.contentTypes.removeOverride(part);
  }
}

/** The part a relationships part belongs to: xl/drawings/_rels/drawing1.xml.rels -> xl/drawings/drawing1.xml. */
function sourceOf(relsPart: string): string {
  const match = /^(.*?)_rels\/([^/]+)\.rels$/.exec(relsPart);
  return match ? `${match[1]}${match[2]}` : relsPart;
}
