/** The command line's exit statuses (WORKBOOK.md, "Command line"). */
export const EXIT = { ok: 0, galat: 1, unusable: 2 } as const;
