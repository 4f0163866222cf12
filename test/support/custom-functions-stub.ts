/**
 * A stand-in for the CustomFunctions global that Excel provides (it doesn't exist under jest or
 * Node): records associate() calls and builds errors that keep their code and message.
 */
export class StubFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export const STUB_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function createCustomFunctionsStub() {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      if (registered.has(id)) throw new Error(`${id} associated twice`);
      registered.set(id, fn);
    },
    Error: StubFunctionError,
    ErrorCode: STUB_ERROR_CODES,
  };
  return { CustomFunctions, registered };
}

/** Installs the stand-in as a global, for tests that import the function sources directly. */
export function installCustomFunctionsStub() {
  const stub = createCustomFunctionsStub();
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = stub.CustomFunctions;
  return stub;
}
