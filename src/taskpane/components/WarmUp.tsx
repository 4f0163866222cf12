import { useEffect, useState } from "react";
import type { IndicatorView } from "../../workbook/pane-view";
import type { StringKey } from "../i18n";
import { IndicatorCard } from "./IndicatorCard";

const SAMPLE: IndicatorView = {
  baris: 2,
  level: "Sasaran",
  indikator: "—",
  target: "0",
  realisasi: "0",
  capaian: "0",
  predikat: "—",
  mutuIkm: "—",
  flags: (["galat", "peringatan", "info"] as const).map((tingkat) => ({ kode: "-", tingkat, pesan: "—", sel: "A1" })),
};

/**
 * Renders one card, hidden, once the page is idle. The first card the pane ever shows costs the
 * most (its styles are computed and inserted into the page, its code compiled); paid here, while
 * the user is still choosing a file, it no longer holds up the page when a workbook's first
 * indicators arrive.
 */
export function WarmUp({ t }: { readonly t: (key: StringKey) => string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => setReady(true));
    return () => cancel(handle);
  }, []);
  if (!ready) return null;
  return (
    <div hidden aria-hidden>
      <IndicatorCard item={SAMPLE} t={t} onSelect={() => undefined} />
    </div>
  );
}
