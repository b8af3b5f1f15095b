/**
 * Which body of law covers a person on one day — AsylbLG or SGB II/XII — from the status
 * history alone, before the month-end rule of § 1 (3) AsylbLG is applied (see regime.ts).
 */
import { firstDayAfterMonths, toDay, toIsoDate } from '../dates';
import { RuleOptions } from '../results';
import { LegalStatusRecord, PersonSnapshot } from '../snapshot';
import {
  PARAGRAPH_24_RETURN_RULE,
  PARAGRAPH_24_SWITCH_RULE,
  PARAGRAPH_25_5_RULE,
  STATUS_SCOPE_RULE,
  STATUS_SCOPE_TABLE,
  StatusScopeRow,
} from '../rules/asylblg';
import { isRuleEnabled, VersionedRule } from '../rules/versioning';
import { describeStatus, firstPermitDay, statusOnDay } from './status-history';

export type Scope = 'ASYLBLG' | 'SGB' | 'UNDETERMINED';

export interface ScopeOnDay {
  scope: Scope;
  status: LegalStatusRecord | undefined;
  /** Stable code of the reason for the scope. */
  code: string;
  message: string;
  legalBasis: string;
  /** The rules that decided it (the status table plus any special rule). */
  rules: VersionedRule[];
}

const SWITCH_24_DAY = toDay(PARAGRAPH_24_SWITCH_RULE.switchDate);
const RETURN_24_FROM_DAY = toDay(PARAGRAPH_24_RETURN_RULE.effectiveFrom);
const RETURN_24_FIRST_PERMIT_AFTER_DAY = toDay(PARAGRAPH_24_RETURN_RULE.firstPermitAfter);

function scopeRow(status: LegalStatusRecord): StatusScopeRow | undefined {
  return STATUS_SCOPE_TABLE.find(
    (row) => row.kind === status.kind && (row.paragraph === undefined || row.paragraph === status.paragraph),
  );
}

export function scopeOnDay(person: PersonSnapshot, day: number, options?: RuleOptions): ScopeOnDay {
  const status = statusOnDay(person.statusHistory, day);
  const recognitionDay =
    person.recognitionDate === undefined ? undefined : toDay(person.recognitionDate, 'recognitionDate');
  const row = status ? scopeRow(status) : undefined;

  // § 1 (3) Nr. 2 AsylbLG: recognition by BAMF ends the AsylbLG ground even while the person still
  // holds the Aufenthaltsgestattung (the permit is often issued weeks later).
  if (recognitionDay !== undefined && recognitionDay <= day && (row === undefined || row.scope === 'ASYLBLG')) {
    return {
      scope: 'SGB',
      status,
      code: 'RECOGNISED',
      message: `Recognised by BAMF on ${person.recognitionDate}; the AsylbLG ground has ceased.`,
      legalBasis: '§ 1 Abs. 3 S. 1 Nr. 2 AsylbLG',
      rules: [STATUS_SCOPE_RULE],
    };
  }
  if (!status) {
    return {
      scope: 'UNDETERMINED',
      status,
      code: 'NO_STATUS',
      message: `No residence status covers ${toIsoDate(day)}.`,
      legalBasis: '§ 1 Abs. 1 AsylbLG',
      rules: [STATUS_SCOPE_RULE],
    };
  }
  const label = describeStatus(status);
  if (!row || row.scope === 'UNKNOWN') {
    return {
      scope: 'UNDETERMINED',
      status,
      code: 'STATUS_NOT_CLASSIFIED',
      message: `${label} is not in the classification table; the authority decides case by case.`,
      legalBasis: row?.legalBasis ?? '§ 1 Abs. 1 AsylbLG',
      rules: [STATUS_SCOPE_RULE],
    };
  }
  if (row.scope === 'ASYLBLG' || row.scope === 'SGB') {
    return {
      scope: row.scope,
      status,
      code: row.scope === 'ASYLBLG' ? 'STATUS_ASYLBLG' : 'STATUS_SGB',
      message: `${label} (valid from ${status.validFrom}) falls ${row.scope === 'ASYLBLG' ? 'under' : 'outside'} § 1 AsylbLG.`,
      legalBasis: row.legalBasis,
      rules: [STATUS_SCOPE_RULE],
    };
  }
  return dateDependentScope(person, status, row, day, options);
}

function dateDependentScope(
  person: PersonSnapshot,
  status: LegalStatusRecord,
  row: StatusScopeRow,
  day: number,
  options: RuleOptions | undefined,
): ScopeOnDay {
  const label = describeStatus(status);
  switch (status.paragraph) {
    case '23(1)': {
      const war = status.grantedBecauseOfWar === true;
      return {
        scope: war ? 'ASYLBLG' : 'SGB',
        status,
        code: war ? 'P23_1_WAR' : 'P23_1_OTHER',
        message: war
          ? `${label} granted because of the war in the home country: AsylbLG.`
          : `${label} not granted because of a war: outside § 1 AsylbLG.`,
        legalBasis: row.legalBasis,
        rules: [STATUS_SCOPE_RULE],
      };
    }
    case '24': {
      if (day < SWITCH_24_DAY) {
        return {
          scope: 'ASYLBLG',
          status,
          code: 'P24_BEFORE_SWITCH',
          message: `${label}: before ${PARAGRAPH_24_SWITCH_RULE.switchDate} § 24 holders received AsylbLG benefits.`,
          legalBasis: '§ 1 Abs. 1 Nr. 3 a) AsylbLG a.F.',
          rules: [STATUS_SCOPE_RULE, PARAGRAPH_24_SWITCH_RULE],
        };
      }
      const firstPermit = firstPermitDay(person.statusHistory, '24');
      if (
        isRuleEnabled(PARAGRAPH_24_RETURN_RULE, options) &&
        day >= RETURN_24_FROM_DAY &&
        firstPermit !== undefined &&
        firstPermit > RETURN_24_FIRST_PERMIT_AFTER_DAY
      ) {
        return {
          scope: 'ASYLBLG',
          status,
          code: 'P24_RETURN_2026',
          message: `First § 24 permit dated ${toIsoDate(firstPermit)} (after ${PARAGRAPH_24_RETURN_RULE.firstPermitAfter}): back to the AsylbLG from ${PARAGRAPH_24_RETURN_RULE.effectiveFrom} (unverified rule, switched on).`,
          legalBasis: PARAGRAPH_24_RETURN_RULE.legalBasis,
          rules: [STATUS_SCOPE_RULE, PARAGRAPH_24_SWITCH_RULE, PARAGRAPH_24_RETURN_RULE],
        };
      }
      return {
        scope: 'SGB',
        status,
        code: 'P24_SINCE_SWITCH',
        message: `${label}: SGB II/XII since ${PARAGRAPH_24_SWITCH_RULE.switchDate}.`,
        legalBasis: PARAGRAPH_24_SWITCH_RULE.legalBasis,
        rules: [STATUS_SCOPE_RULE, PARAGRAPH_24_SWITCH_RULE],
      };
    }
    case '25(5)': {
      const since = status.deportationSuspendedSince ?? status.validFrom;
      const sgbFrom = firstDayAfterMonths(toDay(since, 'deportationSuspendedSince'), PARAGRAPH_25_5_RULE.months);
      const asylbLG = day < sgbFrom;
      return {
        scope: asylbLG ? 'ASYLBLG' : 'SGB',
        status,
        code: asylbLG ? 'P25_5_UNDER_18_MONTHS' : 'P25_5_AFTER_18_MONTHS',
        message: `${label}: deportation suspended since ${since}${status.deportationSuspendedSince ? '' : ' (permit date used, no suspension date recorded)'}; 18 months complete on ${toIsoDate(sgbFrom - 1)}.`,
        legalBasis: row.legalBasis,
        rules: [STATUS_SCOPE_RULE, PARAGRAPH_25_5_RULE],
      };
    }
    default:
      return {
        scope: 'UNDETERMINED',
        status,
        code: 'STATUS_NOT_CLASSIFIED',
        message: `${label} is not in the classification table.`,
        legalBasis: row.legalBasis,
        rules: [STATUS_SCOPE_RULE],
      };
  }
}
