// Every string the console shows, in both languages. Each page keeps its own dictionary beside its
// code (pages/*/messages.ts); this file merges them. A key missing in one language fails to compile
// (Messages<K> below) and test/web-i18n.test.ts checks the keys used in the code exist in both.
import { accessMessages } from '../pages/access/messages.ts';
import { auditMessages } from '../pages/audit/messages.ts';
import { filingsMessages } from '../pages/filings/messages.ts';
import { supervisionMessages } from '../pages/supervision/messages.ts';
import { holdsMessages } from '../pages/holds/messages.ts';
import { reportsMessages } from '../pages/reports/messages.ts';
import { operationsMessages } from '../pages/operations/messages.ts';
import { complianceMessages } from '../pages/compliance/messages.ts';
import { liveMessages } from '../pages/live/messages.ts';
import { overviewMessages } from '../pages/overview/messages.ts';
import { playbackMessages } from '../pages/playback/messages.ts';
import { registryMessages } from '../pages/registry/messages.ts';
import { usersMessages } from '../pages/users/messages.ts';
import { commonMessages } from './common.ts';

/** One dictionary in both languages; the English one must have exactly the Chinese keys. */
export interface Messages<K extends string> {
  'zh-CN': Record<K, string>;
  'en-US': Record<K, string>;
}

/** The languages of the console; Chinese first. */
export const LANGUAGES = ['zh-CN', 'en-US'] as const;
/** One of LANGUAGES. */
export type Language = (typeof LANGUAGES)[number];

const all = [
  commonMessages,
  overviewMessages,
  liveMessages,
  playbackMessages,
  accessMessages,
  filingsMessages,
  supervisionMessages,
  holdsMessages,
  reportsMessages,
  operationsMessages,
  registryMessages,
  complianceMessages,
  auditMessages,
  usersMessages,
] as const;

type KeysOf<T> = T extends Messages<infer K> ? K : never;
/** Every message key. */
export type MessageKey = KeysOf<(typeof all)[number]>;

/** The merged dictionaries. */
export const messages: Record<Language, Record<MessageKey, string>> = {
  'zh-CN': Object.assign({}, ...all.map((m) => m['zh-CN'])) as Record<MessageKey, string>,
  'en-US': Object.assign({}, ...all.map((m) => m['en-US'])) as Record<MessageKey, string>,
};

/** Fills {name} placeholders. */
export function format(template: string, vars?: Record<string, string | number>): string {
  if (vars === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = vars[name];
    return v === undefined ? m : String(v);
  });
}
