/**
 * Misuse and fatal faults throw a CrosscheckError with a stable code from this registry.
 * Content problems are not errors: they become diagnostics (see model/diagnostic.ts).
 */
export const ERROR_CODES = {
  CC_USAGE: 'bad command-line usage',
  CC_BAD_OPTION: 'an option has an invalid value',
  CC_NO_INPUT: 'no input was given',
  CC_INPUT_FAILED: 'one or more inputs could not be processed',
  CC_STORE_OPEN: 'the store cannot be opened',
  CC_STORE_MIGRATION: 'a store migration failed',
  CC_STORE_QUERY: 'a store query failed',
  CC_NOT_FOUND: 'the requested record does not exist',
  CC_BAD_REQUEST: 'the request is malformed',
  CC_FETCH_BLOCKED: 'the URL is refused by the fetch policy',
  CC_FETCH_FAILED: 'the URL could not be fetched',
  CC_EVAL_DATA: 'evaluation data is missing or malformed',
  CC_INTERNAL: 'an internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class CrosscheckError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  constructor(code: ErrorCode, message?: string, opts: { cause?: unknown; statusCode?: number } = {}) {
    super(message ?? ERROR_CODES[code], opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'CrosscheckError';
    this.code = code;
    this.statusCode = opts.statusCode ?? 500;
  }
}

export function isCrosscheckError(e: unknown): e is CrosscheckError {
  return e instanceof CrosscheckError;
}
