import { elementScroll, measureElement, useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useRef, type RefObject } from "react";
import type { IndicatorView } from "../../workbook/pane-view";

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

/**
 * Which indicator cards to render in the scrolling element, and where: @tanstack/react-virtual,
 * set up never to force a layout of the page while React commits (a 20,000-card list must not
 * hold the page up) and never to stop a keyboard or wheel scroll halfway.
 */
export function useCardList(items: readonly IndicatorView[], scroller: RefObject<HTMLDivElement | null>) {
  // When the list mounts the library scrolls it to where it is (the top): a scroll forces a layout,
  // so that first, empty move is skipped.
  const mounted = useRef(false);
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
  return virtualizer;
}
