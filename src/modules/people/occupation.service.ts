import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, notFound, userError } from '../../graph/errors';
import { expectGlobalId } from '../../graph/relay/global-id';
import { lockHouseholdOf } from './household-lock';
import { Occupation } from './occupation.entity';
import { EndOccupationInput, RecordOccupationInput } from './occupation.inputs';
import { OccupationKind } from './people.enums';
import { Person } from './person.entity';

const EARNING = new Set([
  OccupationKind.JOB,
  OccupationKind.VOCATIONAL_TRAINING,
  OccupationKind.VOCATIONAL_PREPARATION,
]);
const bad = (message: string, field: string) => userError(ErrorCode.BAD_USER_INPUT, message, `input.${field}`);

/** Which details belong to which kind of occupation; each refusal names the input at fault. */
function checkOccupation(input: RecordOccupationInput): void {
  if (input.endsOn && input.endsOn < input.startsOn) throw bad('An occupation cannot end before it starts.', 'endsOn');
  const school = input.kind === OccupationKind.SCHOOL;
  if (school && !input.school) throw bad('School attendance names the school.', 'school');
  if (!school && input.school) throw bad('Only school attendance names a school.', 'school');
  if (!school && input.grade != null) throw bad('Only school attendance has a grade.', 'grade');
  if (input.kind === OccupationKind.JOB) {
    if (input.hoursPerWeek == null) throw bad('A job states its hours per week.', 'hoursPerWeek');
    if (input.grossMonthlyIncome == null) throw bad('A job states its gross monthly income.', 'grossMonthlyIncome');
  }
  if (!EARNING.has(input.kind) && input.grossMonthlyIncome != null) {
    throw bad(`${input.kind} has no income; record a job alongside it.`, 'grossMonthlyIncome');
  }
  if (input.netMonthlyIncome != null && input.grossMonthlyIncome == null)
    throw bad('A net income needs the gross income.', 'grossMonthlyIncome');
  if (input.netMonthlyIncome != null && input.netMonthlyIncome > input.grossMonthlyIncome!) {
    throw bad('The net income cannot exceed the gross income.', 'netMonthlyIncome');
  }
}

const cents = (euros: number | null | undefined) => (euros == null ? null : Math.round(euros * 100));

export async function recordOccupation(em: EntityManager, input: RecordOccupationInput): Promise<Occupation> {
  const personId = expectGlobalId(input.personId, 'Person', 'input.personId');
  checkOccupation(input);
  return em.transactional(async (tx) => {
    const householdId = await lockHouseholdOf(tx, { person: personId });
    const person = householdId && (await tx.findOne(Person, personId));
    if (!person) throw notFound('Person', 'input.personId');
    return tx.create(Occupation, {
      person,
      kind: input.kind,
      description: input.description,
      school: input.school ?? null,
      grade: input.grade ?? null,
      hoursPerWeek: input.hoursPerWeek ?? null,
      monthlyIncomeCents: cents(input.grossMonthlyIncome),
      netMonthlyIncomeCents: cents(input.netMonthlyIncome),
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
    });
  });
}

export async function endOccupation(em: EntityManager, input: EndOccupationInput): Promise<Occupation> {
  const id = expectGlobalId(input.occupationId, 'Occupation', 'input.occupationId');
  return em.transactional(async (tx) => {
    const householdId = await lockHouseholdOf(tx, { table: 'occupation', id });
    const occupation = householdId && (await tx.findOne(Occupation, id));
    if (!occupation) throw notFound('Occupation', 'input.occupationId');
    if (input.endsOn < occupation.startsOn) throw bad(`The occupation started on ${occupation.startsOn}.`, 'endsOn');
    if (occupation.endsOn && input.endsOn > occupation.endsOn)
      throw bad(`The occupation already ends on ${occupation.endsOn}.`, 'endsOn');
    occupation.endsOn = input.endsOn;
    return occupation;
  });
}
