import { assessPriority, DecisionDraft, findNonJsonValue, validateDecision } from '../../src/domain';
import { familyOf } from './fixtures';

const h = familyOf(3, 'h7');
const assessment = assessPriority(h, '2025-04-01');
const base = {
  kind: 'PRIORITY' as const,
  householdId: 'h7',
  proposed: { score: assessment.score, tierId: assessment.tier.id },
  ruleVersion: { id: assessment.catalogue.id, version: assessment.catalogue.version },
  decidedBy: { actorId: 'u-17', role: 'CASEWORKER', organisation: 'Stadt Osnabrück' },
  decidedAt: '2025-04-01T09:30:00Z',
  inputSnapshot: { household: h, assessment },
};

describe('decision records (GDPR Art. 22)', () => {
  test('fixture: the proposal is tier A (school-age child), so the overrides below change it', () => {
    expect(base.proposed).toEqual({ score: 1000, tierId: 'A' });
  });

  test('a confirmation copies the proposal and needs no reason', () => {
    const v = validateDecision({ ...base, action: 'CONFIRM' });
    expect(v.valid).toBe(true);
    if (v.valid) {
      expect(v.decision.decided).toEqual(base.proposed);
      expect(v.decision.reason).toBeNull();
      expect(JSON.parse(JSON.stringify(v.decision))).toEqual(v.decision);
    }
  });

  test('an override with a reason is valid and keeps who, when, rule version and snapshot', () => {
    const v = validateDecision({
      ...base,
      action: 'OVERRIDE',
      decided: { score: 300, tierId: 'B' },
      reason: '  Acute conflict reported by the GU management.  ',
    });
    expect(v).toMatchObject({
      valid: true,
      decision: {
        reason: 'Acute conflict reported by the GU management.',
        decidedBy: base.decidedBy,
        ruleVersion: base.ruleVersion,
        decidedAt: base.decidedAt,
      },
    });
  });

  const invalid: [string, Record<string, unknown>, string, string][] = [
    [
      'override without reason',
      { action: 'OVERRIDE', decided: { score: 1000, tierId: 'A' } },
      'reason',
      'REASON_REQUIRED',
    ],
    [
      'override with blank reason',
      { action: 'OVERRIDE', decided: { score: 1000, tierId: 'A' }, reason: '   ' },
      'reason',
      'REASON_REQUIRED',
    ],
    ['override without a decision', { action: 'OVERRIDE', reason: 'x' }, 'decided', 'REQUIRED'],
    [
      'override equal to the proposal',
      { action: 'OVERRIDE', decided: base.proposed, reason: 'x' },
      'decided',
      'OVERRIDE_EQUALS_PROPOSAL',
    ],
    [
      'confirmation that changes the outcome',
      { action: 'CONFIRM', decided: { score: 1, tierId: 'C' } },
      'decided',
      'CONFIRM_DIFFERS',
    ],
    ['unknown action', { action: 'APPROVE' }, 'action', 'INVALID_ACTION'],
    [
      'missing actor',
      { action: 'CONFIRM', decidedBy: { actorId: '', role: 'CASEWORKER', organisation: 'x' } },
      'decidedBy.actorId',
      'REQUIRED',
    ],
    [
      'timestamp without offset',
      { action: 'CONFIRM', decidedAt: '2025-04-01T09:30:00' },
      'decidedAt',
      'INVALID_TIMESTAMP',
    ],
    ['missing rule version', { action: 'CONFIRM', ruleVersion: { id: 'osnabrueck' } }, 'ruleVersion', 'REQUIRED'],
    ['missing snapshot', { action: 'CONFIRM', inputSnapshot: undefined }, 'inputSnapshot', 'REQUIRED'],
    [
      'snapshot with a Date object',
      { action: 'CONFIRM', inputSnapshot: { at: new Date() } },
      'inputSnapshot.at',
      'NOT_JSON',
    ],
    ['negative score', { action: 'CONFIRM', proposed: { score: -1, tierId: 'C' } }, 'proposed', 'INVALID_OUTCOME'],
  ];
  test.each(invalid)('%s is refused', (_name, patch, path, code) => {
    const v = validateDecision({ ...base, ...patch });
    expect(v.valid).toBe(false);
    expect(v.errors).toContainEqual(expect.objectContaining({ path, code }));
  });

  test('match decisions: reject a proposed flat with a reason', () => {
    const draft: DecisionDraft = {
      kind: 'MATCH',
      householdId: 'h7',
      action: 'OVERRIDE',
      proposed: { offerId: 'o-3' },
      decided: { offerId: null },
      reason: 'Landlord withdrew the offer after the viewing.',
      ruleVersion: { id: 'matching', version: '1' },
      decidedBy: base.decidedBy,
      decidedAt: '2025-04-02T10:00:00+02:00',
      inputSnapshot: { offerId: 'o-3' },
    };
    expect(validateDecision(draft).valid).toBe(true);
    expect(validateDecision({ ...draft, reason: '' }).valid).toBe(false);
  });

  test.each([
    [{ a: 1, b: [1, 'x', null, { c: true }] }, null],
    [{ a: NaN }, 'inputSnapshot.a'],
    [{ a: [1, undefined] }, 'inputSnapshot.a[1]'],
    [{ f: () => 1 }, 'inputSnapshot.f'],
    [{ m: new Map() }, 'inputSnapshot.m'],
  ])('findNonJsonValue(%p) = %p', (value, expected) => {
    expect(findNonJsonValue(value)).toBe(expected);
  });

  test('cycles are refused', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(findNonJsonValue(a)).toBe('inputSnapshot.self');
  });
});
