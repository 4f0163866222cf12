import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import { SUMMARY_COLORS } from "./summary-colors";
import { useWidth } from "./use-width";

/** One bar: a name, a percentage against 100 %, its figures as text. */
export interface ChartRow {
  readonly key: string;
  /** The first line: "Baris 3 · Nilai IKM Kecamatan", "1. Dinas Alpha". */
  readonly label: string;
  /** The bar's length in percent; null draws an empty, dashed track (the figure says why). */
  readonly nilai: number | null;
  /** Right of the bar: "94,30 % · Sangat Tinggi", or "tanpa capaian". */
  readonly figure: string;
  /** A muted line under the bar ("Penyerapan 94,74 %"). */
  readonly note?: string;
}

const color = (key: keyof typeof SUMMARY_COLORS) => tokens[SUMMARY_COLORS[key]];

const useStyles = makeStyles({
  box: { width: "100%" },
  svg: { display: "block", overflow: "visible", fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 },
  name: { fill: color("text") },
  figure: { fill: color("text"), fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  note: { fill: color("muted") },
  track: { fill: color("track"), stroke: color("mark"), strokeWidth: "1px" },
  gap: { fill: "none", stroke: color("mark"), strokeWidth: "1px", strokeDasharray: "3 3" },
  below: { fill: color("below") },
  reached: { fill: color("reached") },
  stripe: { fill: color("card") },
  reachedEdge: { fill: "none", stroke: color("reached"), strokeWidth: "1px" },
  hundred: { stroke: color("mark"), strokeWidth: "2px" },
});

// Geometry in CSS pixels (the chart is drawn at the pane's width, so its text is never scaled).
const NAME_BASELINE = 14;
const BAR_TOP = 19;
const BAR_HEIGHT = 9;
const FIGURE_BASELINE = 27;
const NOTE_BASELINE = 41;
const ROW = 36;
const ROW_WITH_NOTE = 50;
/** Room right of the 100 % mark for the "above 100 %" marker, and before the figure. */
const MARKER_ROOM = 14;
/**
 * An average character at 12 px, a little generous (semibold figures take more). A name's width is
 * estimated, so it is cut a few characters early rather than run into the edge; the figures' width
 * is measured once drawn, the estimate serving until then (and where nothing is laid out).
 */
const CHAR_WIDTH = 6.6;
const FIGURE_CHAR_WIDTH = 7.6;

/** "Rata-rata persentase desa…" cut to what fits in `room` pixels. */
function fitted(text: string, room: number): string {
  const chars = Math.max(4, Math.floor(room / CHAR_WIDTH));
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
}

interface Props {
  readonly rows: readonly ChartRow[];
  /** What the picture shows, in a sentence, for a screen reader (the image's name). */
  readonly title: string;
}

/**
 * Horizontal bars against 100 %: below it solid; at or above it striped, filled to the 100 % mark,
 * and marked ▸ past the mark when above. Every bar has its figure and predikat as text beside it,
 * so nothing is told by colour alone. For a screen reader the picture is one image with a name;
 * the same figures are in the table next to it.
 */
export function CapaianChart({ rows, title }: Props) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useWidth(box, 300);
  const measured = useFiguresWidth(svg, rows);
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const stripes = `lapkin-stripes-${id}`;
  // Every track has one length, so bars compare; the longest figure sets what is left for it.
  const figures = measured ?? Math.max(...rows.map((r) => r.figure.length)) * FIGURE_CHAR_WIDTH;
  const track = Math.max(60, width - figures - MARKER_ROOM);
  const heights = rows.map((r) => (r.note ? ROW_WITH_NOTE : ROW));
  const tops = heights.map((_, i) => heights.slice(0, i).reduce((sum, h) => sum + h, 0));
  const height = heights.reduce((sum, h) => sum + h, 0);

  return (
    <div ref={box} className={styles.box}>
      <svg ref={svg} role="img" aria-labelledby={`${id}-title`} width={width} height={height} className={styles.svg}>
        <title id={`${id}-title`}>{title}</title>
        <defs>
          <pattern id={stripes} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" className={styles.reached} />
            <rect width="2" height="6" className={styles.stripe} />
          </pattern>
        </defs>
        {rows.map((row, i) => {
          const value = row.nilai === null ? null : Math.max(0, row.nilai);
          const length = value === null ? 0 : (Math.min(value, 100) / 100) * track;
          const reached = value !== null && value >= 100;
          const name = fitted(row.label, width);
          return (
            <g key={row.key} transform={`translate(0 ${tops[i]})`} data-testid="summary-bar">
              <text x={0} y={NAME_BASELINE} className={styles.name}>
                {name}
                {name !== row.label && <title>{row.label}</title>}
              </text>
              <text x={track + MARKER_ROOM} y={FIGURE_BASELINE} className={styles.figure} data-testid="summary-figure">
                {row.figure}
              </text>
              <rect
                x={0.5}
                y={BAR_TOP + 0.5}
                width={track - 1}
                height={BAR_HEIGHT - 1}
                rx={2}
                className={value === null ? styles.gap : styles.track}
              />
              {length > 0 && (
                <rect
                  x={0}
                  y={BAR_TOP}
                  width={length}
                  height={BAR_HEIGHT}
                  rx={2}
                  className={reached ? undefined : styles.below}
                  fill={reached ? `url(#${stripes})` : undefined}
                />
              )}
              {reached && (
                <rect
                  x={0.5}
                  y={BAR_TOP + 0.5}
                  width={length - 1}
                  height={BAR_HEIGHT - 1}
                  rx={2}
                  className={styles.reachedEdge}
                />
              )}
              <line x1={track} x2={track} y1={BAR_TOP - 3} y2={BAR_TOP + BAR_HEIGHT + 3} className={styles.hundred} />
              {value !== null && value > 100 && (
                <path
                  d={`M ${track + 3} ${BAR_TOP - 1} l 7 ${BAR_HEIGHT / 2 + 1} l -7 ${BAR_HEIGHT / 2 + 1} z`}
                  className={styles.reached}
                  data-testid="above-marker"
                />
              )}
              {row.note && (
                <text x={0} y={NOTE_BASELINE} className={styles.note}>
                  {row.note}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/**
 * The widest figure as drawn, in pixels; null until drawn, or where the browser lays nothing out.
 * Measured after paint: measuring while React commits would force the whole page's layout there,
 * a long task on a page receiving 20,000 indicators.
 */
function useFiguresWidth(svg: RefObject<SVGSVGElement | null>, rows: readonly ChartRow[]): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const texts = [...(svg.current?.querySelectorAll<SVGTextElement>('[data-testid="summary-figure"]') ?? [])];
    if (texts.length === 0 || typeof texts[0]!.getComputedTextLength !== "function") return;
    const widest = Math.ceil(Math.max(...texts.map((text) => text.getComputedTextLength())));
    if (widest > 0) setWidth(widest);
  }, [svg, rows]);
  return width;
}
