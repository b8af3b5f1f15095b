/**
 * § 12a AufenthG residence obligation: whether it applies to a person as of a date, until when,
 * the exemptions (job, training, study of the person, the partner or a minor child) and which
 * destinations are allowed.
 */
import { firstDayAfterMonths, IsoDate, toDay, toIsoDate } from './dates';
import { ageOn } from './household';
import { AppliedRule, Reason, reason, RuleOptions } from './results';
import { HouseholdMember, HouseholdSnapshot, PersonSnapshot } from './snapshot';
import {
  AVERAGE_SINGLE_NEED,
  LAND_IMPLEMENTATIONS,
  MOVE_BANS,
  RESIDENCE_OBLIGATION_RULES,
} from './rules/residence-obligation';
import { isInForce, isRuleEnabled, pushRule, versionInForce } from './rules/versioning';

export type ExemptionKind = 'EMPLOYMENT' | 'VOCATIONAL_TRAINING' | 'STUDY';

export interface ResidenceObligationExemption {
  kind: ExemptionKind;
  /** The member whose job, training or study exempts the person. */
  memberId: string;
  relationToPerson: 'SELF' | 'PARTNER' | 'MINOR_CHILD' | 'PARENT';
  /** The provision that exempts (§ 12a Abs. 1 S. 2 AufenthG). */
  legalBasis: string;
}

const EXEMPTION_BASIS = '§ 12a Abs. 1 S. 2 AufenthG';

export interface MoveBanRef {
  land: string;
  municipality: string;
  since: IsoDate;
  verified: boolean;
}

export interface ResidenceObligationDecision {
  personId: string;
  asOf: IsoDate;
  applies: boolean;
  /** Land the person must live in while the obligation applies. */
  land: string | null;
  startedOn: IsoDate | null;
  /** Last day of the obligation (3 years from recognition / first grant). */
  until: IsoDate | null;
  exemption: ResidenceObligationExemption | null;
  /** Whether the Land allocates a specific place (Niedersachsen: no). */
  placeAllocation: boolean;
  /** Municipalities the person may not move to. */
  moveBans: MoveBanRef[];
  rules: AppliedRule[];
  reasons: Reason[];
}

interface Start {
  day: number;
  label: string;
}

function obligationStart(person: PersonSnapshot, paragraphs: readonly string[]): Start | undefined {
  let start: Start | undefined;
  for (const s of person.statusHistory ?? []) {
    if (s.kind !== 'AUFENTHALTSERLAUBNIS' || !s.paragraph || !paragraphs.includes(s.paragraph)) continue;
    // Recognition (BAMF decision) starts the period for § 25 (1), (2); otherwise the first grant.
    const recognitionBased =
      (s.paragraph === '25(1)' || s.paragraph === '25(2)') && person.recognitionDate !== undefined;
    const day = recognitionBased ? toDay(person.recognitionDate!, 'recognitionDate') : toDay(s.validFrom);
    const label = recognitionBased
      ? `recognition on ${person.recognitionDate}`
      : `first grant of § ${s.paragraph} on ${s.validFrom}`;
    if (!start || day < start.day) start = { day, label };
  }
  if (!start && person.recognitionDate !== undefined) {
    start = {
      day: toDay(person.recognitionDate, 'recognitionDate'),
      label: `recognition on ${person.recognitionDate}`,
    };
  }
  return start;
}

/** Members whose activity exempts `member` (§ 12a (1) S. 2), with their relation to it. */
function exemptingMembers(member: HouseholdMember, household: HouseholdSnapshot | undefined, day: number) {
  const out: { person: PersonSnapshot; relation: ResidenceObligationExemption['relationToPerson'] }[] = [
    { person: member.person, relation: 'SELF' },
  ];
  if (!household || member.relation === 'OTHER') return out;
  for (const m of household.members) {
    if (m.person.id === member.person.id) continue;
    const couple = member.relation === 'HEAD' || member.relation === 'PARTNER';
    if (couple && (m.relation === 'HEAD' || m.relation === 'PARTNER'))
      out.push({ person: m.person, relation: 'PARTNER' });
    else if (couple && m.relation === 'CHILD' && ageOn(m.person, day) < 18)
      out.push({ person: m.person, relation: 'MINOR_CHILD' });
    // Assumption: a child shares its parents' exemption (family unity).
    else if (member.relation === 'CHILD' && (m.relation === 'HEAD' || m.relation === 'PARTNER'))
      out.push({ person: m.person, relation: 'PARENT' });
  }
  return out;
}

export function determineResidenceObligation(
  member: HouseholdMember | PersonSnapshot,
  asOf: IsoDate,
  options?: RuleOptions,
  household?: HouseholdSnapshot,
): ResidenceObligationDecision {
  const m: HouseholdMember = 'person' in member ? member : { relation: 'HEAD', person: member };
  const person = m.person;
  const day = toDay(asOf, 'asOf');
  const rules: AppliedRule[] = [];
  const reasons: Reason[] = [];
  const land = person.allocatedLand ?? 'NI';
  const none = (): ResidenceObligationDecision => ({
    personId: person.id,
    asOf,
    applies: false,
    land: null,
    startedOn: start ? toIsoDate(start.day) : null,
    until: start && rule ? toIsoDate(firstDayAfterMonths(start.day, rule.durationYears * 12) - 1) : null,
    exemption: null,
    placeAllocation: false,
    moveBans: [],
    rules,
    reasons,
  });
  const rule = versionInForce(RESIDENCE_OBLIGATION_RULES, day);
  let start: Start | undefined = undefined; // read by none() before it is assigned
  if (!rule) {
    reasons.push(reason('NO_RESIDENCE_RULE', `§ 12a AufenthG is not in force on ${asOf}.`));
    return none();
  }
  pushRule(rules, rule);
  start = obligationStart(person, rule.paragraphs);
  if (!start) {
    reasons.push(
      reason(
        'NOT_IN_SCOPE',
        'No recognition and no first permit under §§ 22, 23, 24, 25 (1)–(3) AufenthG: § 12a does not apply.',
        rule.ruleId,
      ),
    );
    return none();
  }
  if (start.day < toDay(rule.notForGrantsBefore)) {
    reasons.push(
      reason(
        'GRANTED_BEFORE_2016',
        `Protection/permit dates from before ${rule.notForGrantsBefore} (${start.label}): § 12a Abs. 7 excludes it.`,
        rule.ruleId,
      ),
    );
    return none();
  }
  const endDay = firstDayAfterMonths(start.day, rule.durationYears * 12) - 1;
  if (day > endDay || day < start.day) {
    reasons.push(
      reason(
        day > endDay ? 'OBLIGATION_EXPIRED' : 'OBLIGATION_NOT_STARTED',
        `Obligation runs ${rule.durationYears} years from ${start.label}: ${toIsoDate(start.day)} to ${toIsoDate(endDay)}.`,
        rule.ruleId,
      ),
    );
    return none();
  }
  const exemption = findExemption(m, household, day, rule.minimumWeeklyHours, rules, reasons);
  if (exemption) return { ...none(), exemption };

  const implementation = LAND_IMPLEMENTATIONS.find((l) => l.land === land && isInForce(l, day));
  if (implementation) pushRule(rules, implementation);
  const bans = MOVE_BANS.filter((b) => b.land === land && isInForce(b, day) && isRuleEnabled(b, options));
  bans.forEach((b) => pushRule(rules, b));
  reasons.push(
    reason(
      'OBLIGATION_APPLIES',
      `Must live in ${land} until ${toIsoDate(endDay)} (${rule.durationYears} years from ${start.label}).` +
        (implementation && !implementation.placeAllocation ? ` ${land} allocates no specific place.` : '') +
        (bans.length ? ` Move bans (unverified): ${bans.map((b) => b.municipality).join(', ')}.` : ''),
      rule.ruleId,
    ),
  );
  return {
    personId: person.id,
    asOf,
    applies: true,
    land,
    startedOn: toIsoDate(start.day),
    until: toIsoDate(endDay),
    exemption: null,
    placeAllocation: implementation?.placeAllocation ?? true,
    moveBans: bans.map((b) => ({
      land: b.land,
      municipality: b.municipality,
      since: b.validFrom,
      verified: b.verified,
    })),
    rules,
    reasons,
  };
}

function findExemption(
  member: HouseholdMember,
  household: HouseholdSnapshot | undefined,
  day: number,
  minimumHours: number,
  rules: AppliedRule[],
  reasons: Reason[],
): ResidenceObligationExemption | undefined {
  const need = versionInForce(AVERAGE_SINGLE_NEED, day);
  for (const { person, relation } of exemptingMembers(member, household, day)) {
    const who = relation === 'SELF' ? 'The person' : `${relation.toLowerCase().replace('_', ' ')} ${person.id}`;
    if (person.education?.vocationalTraining) {
      reasons.push(reason('EXEMPT_TRAINING', `${who} is in vocational training (§ 12a Abs. 1 S. 2 AufenthG).`));
      return {
        kind: 'VOCATIONAL_TRAINING',
        memberId: person.id,
        relationToPerson: relation,
        legalBasis: EXEMPTION_BASIS,
      };
    }
    if (person.education?.studying) {
      reasons.push(reason('EXEMPT_STUDY', `${who} is studying (§ 12a Abs. 1 S. 2 AufenthG).`));
      return { kind: 'STUDY', memberId: person.id, relationToPerson: relation, legalBasis: EXEMPTION_BASIS };
    }
    const job = person.employment;
    if (job && job.subjectToSocialInsurance !== false && job.hoursPerWeek >= minimumHours) {
      if (!need) {
        reasons.push(
          reason(
            'EXEMPTION_THRESHOLD_UNKNOWN',
            `${who} works ${job.hoursPerWeek} h/week, but no average-need amount is recorded for this date: exemption must be checked by hand.`,
          ),
        );
        continue;
      }
      pushRule(rules, need);
      if (job.monthlyGrossIncomeEur >= need.monthlyEur) {
        reasons.push(
          reason(
            'EXEMPT_EMPLOYMENT',
            `${who} works ${job.hoursPerWeek} h/week earning €${job.monthlyGrossIncomeEur} ≥ €${need.monthlyEur} (average single need, unverified figure).`,
            need.ruleId,
          ),
        );
        return { kind: 'EMPLOYMENT', memberId: person.id, relationToPerson: relation, legalBasis: EXEMPTION_BASIS };
      }
      reasons.push(
        reason(
          'EMPLOYMENT_BELOW_NEED',
          `${who} works ${job.hoursPerWeek} h/week but earns €${job.monthlyGrossIncomeEur} < €${need.monthlyEur}.`,
          need.ruleId,
        ),
      );
    }
  }
  return undefined;
}

export interface Destination {
  municipality: string;
  land: string;
}

export interface DestinationCheck {
  allowed: boolean;
  reasons: Reason[];
  rules: AppliedRule[];
}

/** Whether all given obligations allow moving to the destination. */
export function isDestinationAllowed(
  decisions: readonly ResidenceObligationDecision[],
  destination: Destination,
): DestinationCheck {
  const reasons: Reason[] = [];
  const rules: AppliedRule[] = [];
  let allowed = true;
  for (const d of decisions) {
    if (!d.applies) continue;
    d.rules.forEach((r) => rules.some((x) => x.ruleId === r.ruleId && x.version === r.version) || rules.push(r));
    if (d.land !== destination.land) {
      allowed = false;
      reasons.push(
        reason(
          'OUTSIDE_LAND',
          `Person ${d.personId} must live in ${d.land} until ${d.until} (§ 12a Abs. 1 AufenthG); ${destination.municipality} is in ${destination.land}.`,
        ),
      );
      continue;
    }
    const ban = d.moveBans.find((b) => b.municipality.toLowerCase() === destination.municipality.toLowerCase());
    if (ban) {
      allowed = false;
      reasons.push(
        reason(
          'MOVE_BAN',
          `Person ${d.personId} may not move to ${ban.municipality} (move ban since ${ban.since}, § 12a Abs. 4 AufenthG; unverified).`,
        ),
      );
    }
  }
  if (allowed)
    reasons.push(
      reason(
        'DESTINATION_ALLOWED',
        `${destination.municipality} (${destination.land}) is allowed under § 12a AufenthG for every member.`,
      ),
    );
  return { allowed, reasons, rules };
}

/** § 12a for every member of a household (exemptions see partner and minor children). */
export function determineHouseholdResidenceObligations(
  household: HouseholdSnapshot,
  asOf: IsoDate,
  options?: RuleOptions,
): ResidenceObligationDecision[] {
  return household.members.map((m) => determineResidenceObligation(m, asOf, options, household));
}
