/** Facts about a household that several rules need. */
import { ageInYears, toDay } from './dates';
import { HouseholdMember, HouseholdSnapshot, PersonSnapshot } from './snapshot';

export function headOf(household: HouseholdSnapshot): HouseholdMember | undefined {
  return household.members.find((m) => m.relation === 'HEAD') ?? household.members[0];
}

export function ageOn(person: PersonSnapshot, day: number): number {
  return ageInYears(toDay(person.birthDate, `person ${person.id}.birthDate`), day);
}

/** Members with relation CHILD younger than `underAge` on the day. */
export function countChildren(household: HouseholdSnapshot, day: number, underAge: number): number {
  let n = 0;
  for (const m of household.members) if (m.relation === 'CHILD' && ageOn(m.person, day) < underAge) n++;
  return n;
}

/** Single parent: no PARTNER in the household and at least one minor CHILD. */
export function isSingleParent(household: HouseholdSnapshot, day: number): boolean {
  return !household.members.some((m) => m.relation === 'PARTNER') && countChildren(household, day, 18) > 0;
}

export function needsStepFree(household: HouseholdSnapshot): boolean {
  return household.members.some((m) => m.person.needsStepFreeAccess === true);
}
