/** Reading a person's status history as of a day. */
import { toDay, toOptionalDay } from '../dates';
import { LegalStatusRecord, PermitParagraph } from '../snapshot';

export function coversDay(record: LegalStatusRecord, day: number): boolean {
  const until = toOptionalDay(record.validUntil, 'statusHistory.validUntil');
  return toDay(record.validFrom, 'statusHistory.validFrom') <= day && (until === undefined || day <= until);
}

/**
 * The status that governs a day: among the records covering the day, the one issued last
 * (latest validFrom; on equal dates the later entry in the list) — a new permit supersedes the
 * Aufenthaltsgestattung even if the latter was not formally closed.
 */
export function statusOnDay(
  history: readonly LegalStatusRecord[] | undefined,
  day: number,
): LegalStatusRecord | undefined {
  let best: LegalStatusRecord | undefined;
  let bestFrom = -Infinity;
  for (const record of history ?? []) {
    if (!coversDay(record, day)) continue;
    const from = toDay(record.validFrom);
    if (from >= bestFrom) {
      best = record;
      bestFrom = from;
    }
  }
  return best;
}

/** Day number of the first residence permit with the given paragraph, if any. */
export function firstPermitDay(
  history: readonly LegalStatusRecord[] | undefined,
  paragraph: PermitParagraph,
): number | undefined {
  let first: number | undefined;
  for (const record of history ?? []) {
    if (record.kind !== 'AUFENTHALTSERLAUBNIS' || record.paragraph !== paragraph) continue;
    const from = toDay(record.validFrom);
    if (first === undefined || from < first) first = from;
  }
  return first;
}

export function describeStatus(record: LegalStatusRecord): string {
  return record.kind === 'AUFENTHALTSERLAUBNIS'
    ? `Aufenthaltserlaubnis § ${record.paragraph ?? '?'} AufenthG`
    : record.kind;
}
