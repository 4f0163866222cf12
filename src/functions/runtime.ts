/**
 * Excel's CustomFunctions object, or a stand-in where there is none. The task pane's page also
 * loads the functions (the shared runtime is one page); opened in a plain browser, that page has no
 * CustomFunctions, and registering there must do nothing rather than stop the page.
 */
class StandaloneError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const STANDALONE = {
  associate: () => undefined,
  Error: StandaloneError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
    notSupported: "#BUSY!",
  },
} as unknown as typeof CustomFunctions;

export function customFunctionsRuntime(): typeof CustomFunctions {
  return (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions ?? STANDALONE;
}
