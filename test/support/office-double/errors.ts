/** An error as Office.js rejects a sync with it: a RichApi.Error carrying Excel's error code. */
export class OfficeErrorDouble extends Error {
  override readonly name = "RichApi.Error";

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export const officeError = (code: string, message: string) => new OfficeErrorDouble(code, message);
