import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { elementScroll, measureElement, useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import type { WorkbookView } from "../../workbook/pane-view";
import type { Language, StringKey } from "../i18n";
import { IndicatorCard } from "./IndicatorCard";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, flexGrow: 1, minHeight: "260px" },
  scroller: {
    flexGrow: 1,
    flexBasis: 0,
    minHeight: 0,
    overflowY: "auto",
    overscrollBehavior: "contain",
    // The list places its cards itself; the browser's scroll anchoring would move the view as well.
    overflowAnchor: "none",
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  list: { listStyleType: "none", margin: 0, padding: 0, position: "relative", width: "100%" },
  item: { position: "absolute", top: 0, left: 0, width: "100%", boxSizing: "border-box", paddingBottom: tokens.spacingVerticalS },
});

/** A card's height before it is measured: a two-line name and its figures, and each flag's few lines. */
const ESTIMATED_CARD_PX = 140;
const ESTIMATED_FLAG_PX = 80;

/**
 * The list's size as the ResizeObserver reports it, after the browser's own layout. The library's
 * default also reads it at once when the list mounts, which forces a layout of the whole page in
 * the middle of React's commit: on a busy machine that alone held the page up for over 100 ms.
 */
function observeListSize(
  instance: Virtualizer<HTMLDivElement, Element>,
  report: (rect: { width: number; height: number }) => void,
) {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === "undefined") return;
  const observer = new ResizeObserver(([entry]) => {
    if (entry) report({ width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

interface Props {
  readonly view: WorkbookView;
  readonly t: (key: StringKey) => string;
  readonly language: Language;
  /** While the list is still arriving its length is not the workbook's count (the status line says n of N). */
  readonly complete: boolean;
  readonly onSelect?: (address: string) => void;
}

/**
 * Every indicator as a card, in a list that renders only the cards in view (a regency's workbook
 * has tens of thousands). The list scrolls by keyboard once focused; each card tells a screen
 * reader its place in the whole list.
 */
export function IndicatorList({ view, t, language, complete, onSelect }: Props) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  // When the list mounts the library scrolls it to where it is (the top): a scroll forces a layout of
  // the page inside React's commit, so that first, empty move is skipped.
  const mounted = useRef(false);
  const items = view.indicators;
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => ESTIMATED_CARD_PX + ESTIMATED_FLAG_PX * (items[index]?.flags.length ?? 0),
    overscan: 4,
    initialRect: { width: 320, height: 600 },
    observeElementRect: observeListSize,
    scrollToFn: (offset, options, instance) => {
      const first = !mounted.current;
      mounted.current = true;
      if (first && offset + (options.adjustments ?? 0) === 0) return;
      elementScroll(offset, options, instance);
    },
    getItemKey: (index) => items[index]?.baris ?? index,
    // Measured heights update the list in React's own time, not in one synchronous render per card,
    // and come from the ResizeObserver too: reading a card's height as it is mounted would force a
    // layout in the middle of React's commit.
    useFlushSync: false,
    measureElement: (element, entry, instance) =>
      entry
        ? measureElement(element, entry, instance)
        : (instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(element))) ??
          instance.options.estimateSize(instance.indexFromElement(element))),
  });
  // A card above the view measured taller or shorter than estimated moves the view to keep what is
  // on screen in place; while the user scrolls (End, Page Down, the wheel) that move would stop the
  // scroll halfway, so it waits until the scrolling ends.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) =>
    !instance.isScrolling && item.start < (instance.scrollOffset ?? 0);
  const count = new Intl.NumberFormat(language === "id" ? "id-ID" : "en-US").format(items.length);

  return (
    <section aria-labelledby="lapkin-indicators" className={styles.section}>
      <Subtitle2 as="h2" id="lapkin-indicators">
        {t("indicators")}
        {complete && ` (${count})`}
      </Subtitle2>
      <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label={t("indicatorList")}>
        <ul className={styles.list} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const item = items[row.index]!;
            return (
              <li
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                data-testid="indicator"
                aria-setsize={items.length}
                aria-posinset={row.index + 1}
                className={styles.item}
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <IndicatorCard item={item} t={t} onSelect={onSelect} />
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
