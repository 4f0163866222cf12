import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Tingkat } from "../../engine";
import type { FlagView } from "../../workbook/pane-view";
import type { StringKey } from "../i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  cell: { minWidth: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

const COLOR: Readonly<Record<Tingkat, "danger" | "warning" | "informative">> = {
  galat: "danger",
  peringatan: "warning",
  info: "informative",
};

interface Props {
  readonly flags: readonly FlagView[];
  readonly t: (key: StringKey) => string;
  /** Inside Excel a flag's cell can be selected; in a browser it is only named. */
  readonly onSelect?: (address: string) => void;
}

export function FlagList({ flags, t, onSelect }: Props) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {flags.map((flag, i) => (
        <li className={styles.item} key={`${flag.kode}-${flag.sel ?? ""}-${i}`} data-kode={flag.kode}>
          <span className={styles.head}>
            <Badge appearance="tint" color={COLOR[flag.tingkat]} size="small">
              {t(flag.tingkat)}
            </Badge>
            {flag.sel &&
              (onSelect ? (
                <Button
                  className={styles.cell}
                  size="small"
                  appearance="transparent"
                  aria-label={`${t("selectCell")} ${flag.sel}`}
                  onClick={() => onSelect(flag.sel!)}
                >
                  {flag.sel}
                </Button>
              ) : (
                <Text size={200}>{flag.sel}</Text>
              ))}
          </span>
          <Text size={200}>{flag.pesan}</Text>
        </li>
      ))}
    </ul>
  );
}
