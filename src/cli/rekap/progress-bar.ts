import { oneLine } from "../terminal-text";

/** Progress through many files: told each step, and when the run is over. */
export interface Progress {
  step(done: number, total: number, file: string): void;
  end(): void;
}

/** What the bar needs of a terminal stream (process.stderr when it is one). */
export interface ProgressTerminal {
  readonly columns?: number;
  write(text: string): unknown;
}

const CLEAR_LINE = "\r\u001b[K";
const BAR_WIDTH = 24;
/** Redrawn at most this often: a terminal drawing every one of 500 quick steps slows the run it reports on. */
const REDRAW_MS = 80;

/**
 * A one-line bar on a terminal, redrawn in place: "[#####-----] 120/500 kiriman/dinas-a.xlsx".
 * The file name is printed as plain text (a file name's own control codes removed) and cut to the
 * terminal's width, so the line never wraps and the carriage return always finds its start.
 */
export function progressBar(terminal: ProgressTerminal, now: () => number = Date.now): Progress {
  let drawn = false;
  let last = -Infinity;
  return {
    step(done, total, file) {
      const time = now();
      if (done < total && time - last < REDRAW_MS) return;
      last = time;
      const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
      const head = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total} `;
      const room = Math.max(0, (terminal.columns ?? 80) - 1 - head.length);
      const name = oneLine(file);
      const shown = name.length <= room ? name : `...${name.slice(name.length - Math.max(0, room - 3))}`;
      terminal.write(`${CLEAR_LINE}${head}${shown.slice(0, room)}`);
      drawn = true;
    },
    end() {
      if (drawn) terminal.write(CLEAR_LINE);
      drawn = false;
    },
  };
}
