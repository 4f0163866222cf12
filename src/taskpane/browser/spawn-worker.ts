/** Kept apart because only webpack understands `import.meta.url` here (jest never loads this file). */
export const spawnPaneWorker = (): Worker => new Worker(new URL("./pane-worker.ts", import.meta.url), { name: "lapkin" });
