// A refusal as the user should read it: some of the server's refusals carry an English message
// and their facts in details (the article, the ranges, the roles that may); this puts those facts
// into the words of both languages, and the article and its range where ErrorAlert lists them.
import { ApiError } from '../../api/client.ts';
import { format, messages, type Language, type MessageKey } from '../../i18n/messages.ts';

/** A message in a given language (not the one shown now: a refusal carries both). */
export function inLanguage(language: Language, key: MessageKey, vars?: Record<string, string | number>): string {
  return format(messages[language][key], vars);
}

/**
 * `err` with a message in both languages and more details, when it is an ApiError with `code`;
 * any other error as it is.
 */
export function explainRefusal(
  err: unknown,
  code: string,
  message: (language: Language) => string,
  details: Record<string, unknown> = {},
): unknown {
  if (!(err instanceof ApiError) || err.code !== code) return err;
  return new ApiError(err.status, err.code, err.message, {
    ...err.details,
    ...details,
    messageZh: message('zh-CN'),
    messageEn: message('en-US'),
  });
}
