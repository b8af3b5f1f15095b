/**
 * Decisions under GDPR Art. 22: the service only proposes; a caseworker confirms or overrides a
 * priority or a match, and the record keeps who, when, which rule version and the input snapshot.
 * Persistence belongs to the module services; this file holds the types and their validation.
 */

export interface DecisionActor {
  actorId: string;
  role: string;
  organisation: string;
}

/** Rule or catalogue version the proposal was computed with. */
export interface RuleVersionRef {
  id: string;
  version: string;
}

export type DecisionAction = 'CONFIRM' | 'OVERRIDE';

export interface PriorityOutcome {
  score: number;
  tierId: string;
}

export interface MatchOutcome {
  /** null = no flat for this household in this round. */
  offerId: string | null;
}

interface DecisionBase<K extends string, T> {
  kind: K;
  householdId: string;
  action: DecisionAction;
  /** What the service proposed. */
  proposed: T;
  /** What the person decided; equals `proposed` for CONFIRM. */
  decided: T;
  /** Mandatory for OVERRIDE. */
  reason: string | null;
  ruleVersion: RuleVersionRef;
  decidedBy: DecisionActor;
  /** ISO 8601 timestamp with offset, e.g. '2025-04-01T09:30:00Z'. */
  decidedAt: string;
  /** The JSON snapshot the proposal was computed from (kept for accountability). */
  inputSnapshot: unknown;
}

export type PriorityDecision = DecisionBase<'PRIORITY', PriorityOutcome>;
export type MatchDecision = DecisionBase<'MATCH', MatchOutcome>;
export type DecisionRecord = PriorityDecision | MatchDecision;

/** What a caller submits: `decided` may be omitted for CONFIRM. */
export type DecisionDraft =
  | (Omit<PriorityDecision, 'decided' | 'reason'> & { decided?: PriorityOutcome; reason?: string | null })
  | (Omit<MatchDecision, 'decided' | 'reason'> & { decided?: MatchOutcome; reason?: string | null });

export interface DecisionError {
  path: string;
  code: string;
  message: string;
}

export type DecisionValidation =
  { valid: true; decision: DecisionRecord; errors: [] } | { valid: false; errors: DecisionError[] };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Path of the first value that JSON cannot represent faithfully, or null. */
export function findNonJsonValue(value: unknown, path = 'inputSnapshot', seen = new Set<unknown>()): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (typeof value !== 'object') return path; // undefined, function, symbol, bigint
  if (seen.has(value)) return path;
  const proto: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return path; // Date, Map, class instances
  seen.add(value);
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [k, v] of entries) {
    if (v === undefined && !Array.isArray(value)) continue; // dropped by JSON, harmless
    const bad = findNonJsonValue(v, Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`, seen);
    if (bad) return bad;
  }
  seen.delete(value);
  return null;
}

function validOutcome(kind: unknown, v: unknown): boolean {
  if (!isRecord(v)) return false;
  if (kind === 'PRIORITY')
    return typeof v.score === 'number' && Number.isSafeInteger(v.score) && v.score >= 0 && nonEmpty(v.tierId);
  return v.offerId === null || nonEmpty(v.offerId);
}

function sameOutcome(kind: unknown, a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return kind === 'PRIORITY' ? a.score === b.score && a.tierId === b.tierId : a.offerId === b.offerId;
}

/** Validates a draft and returns the complete record (decided filled in for CONFIRM). */
export function validateDecision(draft: unknown): DecisionValidation {
  const errors: DecisionError[] = [];
  const err = (path: string, code: string, message: string) => errors.push({ path, code, message });
  if (!isRecord(draft))
    return { valid: false, errors: [{ path: '', code: 'NOT_AN_OBJECT', message: 'A decision must be an object.' }] };
  const { kind, action } = draft;
  if (kind !== 'PRIORITY' && kind !== 'MATCH') err('kind', 'INVALID_KIND', "kind must be 'PRIORITY' or 'MATCH'.");
  if (!nonEmpty(draft.householdId)) err('householdId', 'REQUIRED', 'householdId is required.');
  if (action !== 'CONFIRM' && action !== 'OVERRIDE')
    err('action', 'INVALID_ACTION', "action must be 'CONFIRM' or 'OVERRIDE'.");
  if (!validOutcome(kind, draft.proposed))
    err(
      'proposed',
      'INVALID_OUTCOME',
      kind === 'PRIORITY'
        ? 'proposed needs a non-negative integer score and a tierId.'
        : 'proposed needs an offerId (string or null).',
    );
  if (draft.decided !== undefined && !validOutcome(kind, draft.decided))
    err('decided', 'INVALID_OUTCOME', 'decided has the wrong shape.');
  const reasonText = draft.reason;
  if (reasonText !== undefined && reasonText !== null && typeof reasonText !== 'string')
    err('reason', 'INVALID_REASON', 'reason must be a string.');
  if (action === 'OVERRIDE') {
    if (!nonEmpty(reasonText))
      err(
        'reason',
        'REASON_REQUIRED',
        'An override needs a non-empty reason (GDPR Art. 22: the human decision must be explained).',
      );
    if (draft.decided === undefined) err('decided', 'REQUIRED', 'An override must say what was decided instead.');
    else if (
      isRecord(draft.proposed) &&
      isRecord(draft.decided) &&
      validOutcome(kind, draft.decided) &&
      sameOutcome(kind, draft.proposed, draft.decided)
    ) {
      err('decided', 'OVERRIDE_EQUALS_PROPOSAL', 'An override must differ from the proposal; use CONFIRM instead.');
    }
  }
  if (
    action === 'CONFIRM' &&
    draft.decided !== undefined &&
    isRecord(draft.proposed) &&
    isRecord(draft.decided) &&
    !sameOutcome(kind, draft.proposed, draft.decided)
  ) {
    err('decided', 'CONFIRM_DIFFERS', 'A confirmation must keep the proposal; use OVERRIDE to change it.');
  }
  const rv = draft.ruleVersion;
  if (!isRecord(rv) || !nonEmpty(rv.id) || !nonEmpty(rv.version))
    err('ruleVersion', 'REQUIRED', 'ruleVersion needs an id and a version.');
  const by = draft.decidedBy;
  if (!isRecord(by)) err('decidedBy', 'REQUIRED', 'decidedBy is required.');
  else
    for (const k of ['actorId', 'role', 'organisation'])
      if (!nonEmpty(by[k])) err(`decidedBy.${k}`, 'REQUIRED', `decidedBy.${k} is required.`);
  if (
    typeof draft.decidedAt !== 'string' ||
    !TIMESTAMP.test(draft.decidedAt) ||
    Number.isNaN(Date.parse(draft.decidedAt))
  ) {
    err(
      'decidedAt',
      'INVALID_TIMESTAMP',
      "decidedAt must be an ISO 8601 timestamp with offset, e.g. '2025-04-01T09:30:00Z'.",
    );
  }
  if (draft.inputSnapshot === undefined)
    err('inputSnapshot', 'REQUIRED', 'The input snapshot must be kept with the decision.');
  else {
    const bad = findNonJsonValue(draft.inputSnapshot);
    if (bad)
      err(bad, 'NOT_JSON', 'The input snapshot must be plain JSON (no dates objects, functions, NaN or cycles).');
  }
  if (errors.length) return { valid: false, errors };
  const decision = {
    ...draft,
    decided: draft.decided ?? draft.proposed,
    reason: nonEmpty(reasonText) ? reasonText.trim() : null,
  } as DecisionRecord;
  return { valid: true, decision, errors: [] };
}
