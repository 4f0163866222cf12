import { useEffect, useState } from "react";

/**
 * The value, a frame after it changes: what renders it is committed in a task of its own, not in
 * the one that shows the list's page that came with it (on a page receiving 20,000 indicators
 * each task must stay short). Null until the first frame.
 */
export function useAfterPaint<T>(value: T): T | null {
  const [shown, setShown] = useState<T | null>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setShown(() => value));
    return () => cancelAnimationFrame(frame);
  }, [value]);
  return shown;
}
