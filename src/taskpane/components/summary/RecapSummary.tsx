import { memo } from "react";
import { Caption1, Subtitle2 } from "@fluentui/react-components";
import type { RecapView } from "../../../recap/recap-view";
import { countFormat, fill, type Language, type StringKey } from "../../i18n";
import { chartTitle } from "./chart-title";
import { SummaryFigure } from "./SummaryFigure";
import { useCardStyles } from "./use-card-styles";

interface Props {
  readonly recap: RecapView;
  readonly t: (key: StringKey) => string;
  readonly language: Language;
}

/** After a recap: its units ranked by rata-rata capaian, each a bar against 100 % with its predikat and penyerapan. */
export const RecapSummary = memo(function RecapSummary({ recap, t, language }: Props) {
  const card = useCardStyles();
  const number = countFormat(language);
  const rank = (peringkat: number | null) => (peringkat === null ? "–" : number.format(peringkat));
  const rows = recap.units.map((unit, i) => ({
    key: String(i),
    label: `${rank(unit.peringkat)}. ${unit.unit}`,
    nilai: unit.nilai,
    figure: unit.nilai === null ? t("withoutCapaian") : `${unit.rataRata} % · ${unit.predikat}`,
    note: `${t("penyerapan")} ${unit.penyerapan === "–" ? "–" : `${unit.penyerapan} %`}`,
  }));
  const caption =
    recap.units.length < recap.total
      ? fill(t("rankedTop"), { shown: number.format(recap.units.length), total: number.format(recap.total) })
      : t("rankedAll");

  return (
    <section aria-labelledby="lapkin-recap-summary" className={card.card} data-testid="recap-summary">
      <Subtitle2 as="h2" id="lapkin-recap-summary">
        {t("unitsRanked")}
      </Subtitle2>
      <Caption1>{recap.title}</Caption1>
      <SummaryFigure
        rows={rows}
        title={chartTitle(
          recap.units.map((u) => u.nilai),
          t,
          language,
        )}
        caption={caption}
        table={{
          headers: [t("rank"), t("unit"), t("rataRata"), t("predikat"), t("penyerapanPercent")],
          rows: recap.units.map((u) => [rank(u.peringkat), u.unit, u.rataRata, u.predikat, u.penyerapan]),
        }}
        t={t}
        testId="recap-figure"
      />
    </section>
  );
});
