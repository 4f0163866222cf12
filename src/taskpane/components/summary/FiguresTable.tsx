import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Out of sight, not out of reach: a screen reader reads it, as it would any table.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

interface Props {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The figures of a chart as a table, for whoever can't see the chart. */
export function FiguresTable({ caption, headers, rows }: Props) {
  const styles = useStyles();
  return (
    <table className={styles.hidden} data-testid="summary-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th scope="col" key={header}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((cell, k) => (
              <td key={k}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
