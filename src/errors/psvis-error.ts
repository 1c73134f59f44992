/**
 * The one error type psvis code throws on purpose. `code` is stable (PSVIS_ERR_*), documented in
 * docs/errors.md, and what clients branch on; `message` is for a person; `details` carries
 * structured facts (for refusals: the article citations and penalty ranges).
 */
export class PsvisError extends Error {
  override readonly name = 'PsvisError';
  constructor(
    readonly code: `PSVIS_ERR_${string}`,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    /** HTTP status the API answers with; protocol code leaves the default. */
    readonly httpStatus = 400,
  ) {
    super(message);
  }
}

/** True for an error psvis raised on purpose (as opposed to a bug or a library failure). */
export function isPsvisError(err: unknown): err is PsvisError {
  return err instanceof PsvisError;
}
