import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { WorkbookView } from "../../workbook/pane-view";
import type { Language, StringKey } from "../i18n";
import { IndicatorCard } from "./IndicatorCard";
import { useCardList } from "./use-card-list";

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
  const items = view.indicators;
  const virtualizer = useCardList(items, scroller);
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
