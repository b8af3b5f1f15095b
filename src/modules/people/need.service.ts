import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, notFound, userError } from '../../graph/errors';
import { expectGlobalId } from '../../graph/relay/global-id';
import { lockHouseholdOf } from './household-lock';
import { Need } from './need.entity';
import { AssessNeedsInput, EndNeedInput, RecordNeedInput } from './need.inputs';
import { NeedCategory } from './people.enums';
import { Person } from './person.entity';

/** A visible person with the household locked; NOT_FOUND for a missing or hidden one. */
async function lockedPerson(tx: EntityManager, personId: number): Promise<Person> {
  const householdId = await lockHouseholdOf(tx, { person: personId });
  const person = householdId && (await tx.findOne(Person, personId));
  if (!person) throw notFound('Person', 'input.personId');
  return person;
}

export async function recordNeed(em: EntityManager, input: RecordNeedInput, today: string): Promise<Need> {
  const personId = expectGlobalId(input.personId, 'Person', 'input.personId');
  const recordedOn = input.recordedOn ?? today;
  if (recordedOn > today)
    throw userError(ErrorCode.BAD_USER_INPUT, 'A need cannot be recorded for a future day.', 'input.recordedOn');
  // Data minimisation (GDPR Art. 5, 10): the conflict criterion needs the fact, not its story.
  if (input.category === NeedCategory.CONFLICT && input.details != null) {
    throw userError(ErrorCode.BAD_USER_INPUT, 'A conflict is recorded without details.', 'input.details');
  }
  return em.transactional(async (tx) => {
    const person = await lockedPerson(tx, personId);
    const open = await tx.findOne(Need, {
      person,
      category: input.category,
      $or: [{ endsOn: null }, { endsOn: { $gt: recordedOn } }],
    });
    if (open)
      throw userError(
        ErrorCode.CONFLICT,
        `This ${input.category} is already recorded (since ${open.recordedOn}).`,
        'input.category',
      );
    return tx.create(Need, {
      person,
      category: input.category,
      details: input.details ?? null,
      recordedOn,
      endsOn: null,
    });
  });
}

export async function endNeed(em: EntityManager, input: EndNeedInput): Promise<Need> {
  const id = expectGlobalId(input.needId, 'Need', 'input.needId');
  return em.transactional(async (tx) => {
    const householdId = await lockHouseholdOf(tx, { table: 'need', id });
    const need = householdId && (await tx.findOne(Need, id));
    if (!need) throw notFound('Need', 'input.needId');
    if (need.endsOn) throw userError(ErrorCode.CONFLICT, `The need ended on ${need.endsOn}.`, 'input.needId');
    if (input.endsOn <= need.recordedOn) {
      throw userError(
        ErrorCode.BAD_USER_INPUT,
        `The need was recorded on ${need.recordedOn}; it can end only after.`,
        'input.endsOn',
      );
    }
    need.endsOn = input.endsOn;
    return need;
  });
}

export async function assessNeeds(em: EntityManager, input: AssessNeedsInput, today: string): Promise<Person> {
  const personId = expectGlobalId(input.personId, 'Person', 'input.personId');
  if (input.assessedOn > today)
    throw userError(ErrorCode.BAD_USER_INPUT, 'An assessment cannot lie in the future.', 'input.assessedOn');
  return em.transactional(async (tx) => {
    const person = await lockedPerson(tx, personId);
    if (input.assessedOn < person.arrivedOn) {
      throw userError(
        ErrorCode.BAD_USER_INPUT,
        `The person arrived on ${person.arrivedOn}; the assessment cannot be earlier.`,
        'input.assessedOn',
      );
    }
    person.needsAssessedOn = input.assessedOn;
    return person;
  });
}
