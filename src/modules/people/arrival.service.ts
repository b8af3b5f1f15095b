import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, userError } from '../../graph/errors';
import { Household } from './household.entity';
import { Person } from './person.entity';
import { LegalStatus } from './legal-status.entity';
import { PersonLanguage } from './person-language.entity';
import { MemberRelation } from './people.enums';
import { RegisterArrivalInput } from './arrival.inputs';
import { checkLegalStatusFields } from './legal-status.service';

/** Business rules class-validator cannot express; each names the input at fault. */
function checkArrival(input: RegisterArrivalInput, today: string): void {
  if (input.arrivedOn > today) {
    throw userError(ErrorCode.BAD_USER_INPUT, 'The arrival date cannot be in the future.', 'input.arrivedOn');
  }
  const heads = input.members.filter((m) => m.relation === MemberRelation.HEAD).length;
  if (heads !== 1) {
    throw userError(ErrorCode.BAD_USER_INPUT, `A household has exactly one HEAD; got ${heads}.`, 'input.members');
  }
  input.members.forEach((member, i) => {
    if (member.birthDate > today) {
      throw userError(
        ErrorCode.BAD_USER_INPUT,
        'A birth date cannot be in the future.',
        `input.members.${i}.birthDate`,
      );
    }
    checkLegalStatusFields(member.legalStatus, today, `input.members.${i}.legalStatus`);
    const languages = member.languages.map((l) => l.language);
    if (new Set(languages).size !== languages.length) {
      throw userError(ErrorCode.BAD_USER_INPUT, 'Each language may be listed once.', `input.members.${i}.languages`);
    }
  });
}

/** Registers a household and its members in one transaction; the reference derives from the new ID. */
export async function registerArrival(
  em: EntityManager,
  input: RegisterArrivalInput,
  today: string,
): Promise<Household> {
  checkArrival(input, today);
  return em.transactional(async (tx) => {
    const [{ id }] = await tx.execute<{ id: string }[]>(`select nextval('household_id_seq') as id`);
    const household = tx.create(Household, {
      id: Number(id),
      reference: `HH-${String(id).padStart(6, '0')}`,
      arrivedOn: input.arrivedOn,
      benefitRegime: input.benefitRegime,
      communalSince: null,
    });
    for (const member of input.members) {
      const { legalStatus, languages, ...personal } = member;
      const person = tx.create(Person, { ...personal, household, arrivedOn: input.arrivedOn });
      tx.create(LegalStatus, { ...legalStatus, person });
      for (const language of languages) tx.create(PersonLanguage, { ...language, person });
    }
    return household;
  });
}
