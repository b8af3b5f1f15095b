/** Appropriate flat size and rent ceiling for a household, as of a date (from the data tables). */
import { ageOn, countChildren, isSingleParent } from '../household';
import { AppliedRule, Reason, reason, RuleOptions, sensitiveReason } from '../results';
import { BenefitRegime, HouseholdSnapshot } from '../snapshot';
import { RENT_CEILING_TABLES } from '../rules/rent-ceilings';
import { appliedRule, isRuleEnabled, versionInForce } from '../rules/versioning';
import { FLAT_SIZE_TABLES, MINIMUM_AREA_RULES } from '../rules/wbs';

export interface AppropriateSize {
  /** Largest appropriate area. */
  maxAreaM2: number;
  /** Smallest area that is not overcrowded (0 when the minimum-area rule is off). */
  minAreaM2: number;
  rules: AppliedRule[];
  reasons: Reason[];
}

export function appropriateSize(
  household: HouseholdSnapshot,
  day: number,
  options?: RuleOptions,
): AppropriateSize | undefined {
  const table = versionInForce(FLAT_SIZE_TABLES, day);
  if (!table) return undefined;
  const persons = household.members.length;
  const byPersons = table.areaByPersonsM2;
  let maxArea =
    persons <= byPersons.length
      ? byPersons[Math.max(persons, 1) - 1]
      : byPersons[byPersons.length - 1] + (persons - byPersons.length) * table.perFurtherPersonM2;
  const parts = [`${persons} person(s): ${maxArea} m²`];
  if (isSingleParent(household, day)) {
    maxArea += table.singleParentExtraM2;
    parts.push(`single parent +${table.singleParentExtraM2} m²`);
  }
  const neutralParts = [...parts];
  const disabled = household.members.filter(
    (m) => (m.person.disabilityDegree ?? 0) >= table.disabilityDegreeAtLeast,
  ).length;
  if (disabled > 0) {
    const extra = table.disabilityExtraM2 * (table.disabilityExtraPer === 'PERSON' ? disabled : 1);
    maxArea += extra;
    parts.push(`disability degree ≥ ${table.disabilityDegreeAtLeast} +${extra} m²`);
    neutralParts.push(`additional space need +${extra} m²`);
  }
  const rules = [appliedRule(table)];
  const sizeIn = (p: string[]) => `Appropriate size ${maxArea} m² (${p.join(', ')}).`;
  const reasons = [sensitiveReason('APPROPRIATE_SIZE', sizeIn(parts), sizeIn(neutralParts), table.ruleId)];
  let minArea = 0;
  const minimumRule = versionInForce(MINIMUM_AREA_RULES, day);
  if (minimumRule && isRuleEnabled(minimumRule, options)) {
    const young = household.members.filter((m) => ageOn(m.person, day) < minimumRule.youngChildUnderAge).length;
    minArea = (persons - young) * minimumRule.perPersonM2 + young * minimumRule.perYoungChildM2;
    rules.push(appliedRule(minimumRule));
    reasons.push(
      reason(
        'MINIMUM_AREA',
        `At least ${minArea} m² against overcrowding (unverified assumption).`,
        minimumRule.ruleId,
      ),
    );
  }
  return { maxAreaM2: maxArea, minAreaM2: minArea, rules, reasons };
}

export interface RentCeiling {
  maxGrossColdRentEur: number;
  referenceAreaM2: number;
  /** false when the figure was extrapolated beyond the table (7+ persons). */
  fromTable: boolean;
  rule: AppliedRule;
  reasons: Reason[];
}

/** Rent ceiling of the municipality for a household of `persons` under `regime`, as of a day. */
export function rentCeiling(
  persons: number,
  regime: BenefitRegime,
  day: number,
  municipality = 'Osnabrück',
): RentCeiling | undefined {
  const candidates = RENT_CEILING_TABLES.filter((t) => t.municipality === municipality && t.appliesTo.includes(regime));
  const table = versionInForce(candidates, day);
  if (!table) return undefined;
  const last = table.rows[table.rows.length - 1];
  const row = table.rows.find((r) => r.persons === Math.max(1, persons));
  if (row) {
    return {
      maxGrossColdRentEur: row.maxGrossColdRentEur,
      referenceAreaM2: row.referenceAreaM2,
      fromTable: true,
      rule: appliedRule(table),
      reasons: [
        reason(
          'RENT_CEILING',
          `Rent ceiling for ${persons} person(s) in ${municipality} from ${table.validFrom}: €${row.maxGrossColdRentEur} gross cold.`,
          table.ruleId,
        ),
      ],
    };
  }
  const further = persons - last.persons;
  const max = last.maxGrossColdRentEur + further * table.beyondLastRow.perFurtherPersonEur;
  return {
    maxGrossColdRentEur: max,
    referenceAreaM2: last.referenceAreaM2 + further * table.beyondLastRow.perFurtherPersonM2,
    fromTable: false,
    rule: { ...appliedRule(table), verified: table.beyondLastRow.verified },
    reasons: [
      reason(
        'RENT_CEILING_EXTRAPOLATED',
        `Rent ceiling for ${persons} persons: €${max} = €${last.maxGrossColdRentEur} (${last.persons} persons) + ${further} × €${table.beyondLastRow.perFurtherPersonEur}. ${table.beyondLastRow.derivation}`,
        table.ruleId,
      ),
    ],
  };
}

/** Number of children in the sense of the WBS income limits. */
export function wbsChildren(household: HouseholdSnapshot, day: number, underAge: number): number {
  return countChildren(household, day, underAge);
}
