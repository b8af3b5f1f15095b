/**
 * The mechanism for law-as-data: every table is a list of versions with validity dates and
 * sources; a rule is evaluated with the version in force on the as-of date.
 */
import { IsoDate, toDay } from '../dates';
import { AppliedRule, RuleOptions } from '../results';

/** Common header of every versioned rule or data table. */
export interface VersionedRule {
  /** Stable rule id shared by all versions of the same rule. */
  ruleId: string;
  /** Version label, by convention the validFrom date. */
  version: string;
  /** First day the version is in force. */
  validFrom: IsoDate;
  /** Last day the version is in force; absent = open-ended. */
  validUntil?: IsoDate;
  legalBasis: string;
  source: string;
  verified: boolean;
  /** Unverified rules that change outcomes are off by default (DOMAIN.md). Absent = on. */
  enabledByDefault?: boolean;
  /** Why the rule or figure looks the way it does, where that is not obvious. */
  note?: string;
}

/** The version in force on a day: latest validFrom ≤ day, and day ≤ validUntil if set. */
export function versionInForce<T extends VersionedRule>(versions: readonly T[], day: number): T | undefined {
  let best: T | undefined;
  let bestFrom = -Infinity;
  for (const v of versions) {
    const from = toDay(v.validFrom);
    if (from > day || from < bestFrom) continue;
    if (v.validUntil !== undefined && toDay(v.validUntil) < day) continue;
    best = v;
    bestFrom = from;
  }
  return best;
}

export function isInForce(rule: VersionedRule, day: number): boolean {
  return toDay(rule.validFrom) <= day && (rule.validUntil === undefined || day <= toDay(rule.validUntil));
}

export function isRuleEnabled(rule: VersionedRule, options: RuleOptions | undefined): boolean {
  if (options?.disableRules?.includes(rule.ruleId)) return false;
  if (options?.enableRules?.includes(rule.ruleId)) return true;
  return rule.enabledByDefault !== false;
}

export function appliedRule(rule: VersionedRule): AppliedRule {
  return {
    ruleId: rule.ruleId,
    version: rule.version,
    legalBasis: rule.legalBasis,
    source: rule.source,
    verified: rule.verified,
  };
}

/** Adds a rule reference once (results list each rule a single time). */
export function pushRule(rules: AppliedRule[], rule: VersionedRule): void {
  if (!rules.some((r) => r.ruleId === rule.ruleId && r.version === rule.version)) rules.push(appliedRule(rule));
}
