// The checklist as the inspector edits it: a draft result and note per line, what differs from
// what is saved, what the server would refuse (a non-compliant line without a note, completing
// with lines open), and a first answer from what psvis knew of each line.
import { isOneOf } from '../registry/enums.ts';
import { HEADINGS, type Heading } from './enums.ts';
import type { ChecklistLine, ItemResult, PrefillState } from './types.ts';

/** The route's limit on a line's note. */
export const MAX_NOTE = 2000;

/** One line as the inspector has it now. */
export interface DraftLine {
  result: ItemResult | null;
  note: string;
}

/** The draft of every line, by line id. */
export type Draft = Record<string, DraftLine>;

/** The draft of lines as saved. */
export function savedDraft(lines: readonly ChecklistLine[]): Draft {
  return Object.fromEntries(lines.map((l) => [l.id, { result: l.result, note: l.resultNote ?? '' }]));
}

/** The results to send: lines with a result that differs from what is saved. */
export function changedResults(
  lines: readonly ChecklistLine[],
  draft: Draft,
): { itemId: string; result: ItemResult; note?: string }[] {
  return lines.flatMap((l) => {
    const d = draft[l.id];
    if (d?.result == null) return [];
    const note = d.note.trim();
    if (d.result === l.result && note === (l.resultNote ?? '')) return [];
    return [{ itemId: l.id, result: d.result, ...(note === '' ? {} : { note }) }];
  });
}

/** A non-compliant line needs a note saying what was found (the server refuses it otherwise). */
export function lacksNote(d: DraftLine | undefined): boolean {
  return d?.result === 'non_compliant' && d.note.trim() === '';
}

/** Lines without a result yet; an inspection is completed only when there are none. */
export function openLines(lines: readonly ChecklistLine[], draft: Draft): ChecklistLine[] {
  return lines.filter((l) => (draft[l.id]?.result ?? l.result) === null);
}

const SUGGESTED: Partial<Record<PrefillState, ItemResult>> = {
  ok: 'compliant',
  not_applicable: 'not_applicable',
  violated: 'non_compliant',
  overdue: 'non_compliant',
};

/**
 * A first answer for the lines still open, from what psvis knew: compliant where its findings were
 * ok, non-compliant where a duty was violated or overdue (with its notes), not applicable where
 * nothing applied. Lines it knew nothing of, or only a duty due or lacking evidence, stay open for
 * the inspector to judge on site.
 */
export function suggestFromPrefill(lines: readonly ChecklistLine[], draft: Draft): Draft {
  const next: Draft = { ...draft };
  for (const l of lines) {
    if ((draft[l.id]?.result ?? null) !== null) continue;
    const result = SUGGESTED[l.prefillState];
    if (result === undefined) continue;
    const facts = l.prefill.facts
      .filter((f) => f.state === 'violated' || f.state === 'overdue')
      .map((f) => [f.subjectName, f.noteZh].filter((x) => x !== null && x !== '').join(': '))
      .filter((x) => x !== '');
    const note = result === 'non_compliant' ? facts.join('\n').slice(0, MAX_NOTE) : (draft[l.id]?.note ?? '');
    next[l.id] = { result, note };
  }
  return next;
}

/** The checklist's lines under its five headings, in order; a heading the console does not know goes under "other". */
export function byHeading(lines: readonly ChecklistLine[]): { heading: Heading; lines: ChecklistLine[] }[] {
  const headingOf = (l: ChecklistLine): Heading => (isOneOf(HEADINGS, l.heading) ? l.heading : 'other');
  return HEADINGS.map((heading) => ({ heading, lines: lines.filter((l) => headingOf(l) === heading) })).filter(
    (g) => g.lines.length > 0,
  );
}
