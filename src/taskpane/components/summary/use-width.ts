import { useEffect, useState, type RefObject } from "react";

/**
 * The element's width in CSS pixels, kept up to date as the pane is resized; `fallback` until
 * measured (or where nothing is laid out). Read when the browser has laid the page out anyway (a
 * ResizeObserver's report, an effect after paint), never forcing a layout while React commits.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
