import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, notFound, userError } from '../../graph/errors';
import { expectGlobalId } from '../../graph/relay/global-id';
import { refreshStoredRegime } from '../planning/stored-regime';
import { permitParagraph } from '../planning/snapshot.mapping';
import { lockHouseholdOf } from './household-lock';
import { LegalStatus } from './legal-status.entity';
import {
  CorrectLegalStatusInput,
  EndLegalStatusInput,
  LegalStatusFieldsInput,
  RecordLegalStatusInput,
} from './legal-status.inputs';
import { Person } from './person.entity';

/** What a document says, as far as it can be checked alone; `at` is the input path ("input"). */
export function checkLegalStatusFields(fields: LegalStatusFieldsInput, today: string, at: string): void {
  if (fields.validUntil && fields.validUntil < fields.validFrom) {
    throw userError(ErrorCode.BAD_USER_INPUT, 'A legal status cannot end before it starts.', `${at}.validUntil`);
  }
  if (fields.decisionDate && fields.decisionDate > today) {
    throw userError(
      ErrorCode.BAD_USER_INPUT,
      'A decision (recognition) date cannot be in the future.',
      `${at}.decisionDate`,
    );
  }
  const paragraph = permitParagraph(fields.kind, fields.paragraph);
  if (
    fields.decisionDate &&
    (paragraph === '25(1)' || paragraph === '25(2)') &&
    fields.decisionDate > fields.validFrom
  ) {
    throw userError(
      ErrorCode.BAD_USER_INPUT,
      'A permit after recognition (§ 25 Abs. 1/2 AufenthG) cannot be valid before the recognition.',
      `${at}.decisionDate`,
    );
  }
}

const overlaps = (
  a: { validFrom: string; validUntil?: string | null },
  b: { validFrom: string; validUntil?: string | null },
) => a.validFrom <= (b.validUntil ?? '9999-12-31') && b.validFrom <= (a.validUntil ?? '9999-12-31');

/** A person holds one document of a kind at a time: a second one for an overlapping period is refused. */
async function checkNoOverlap(
  tx: EntityManager,
  person: Person,
  fields: LegalStatusFieldsInput,
  except?: LegalStatus,
): Promise<void> {
  const current = await tx.find(LegalStatus, { person, kind: fields.kind, supersededAt: null });
  const clash = current.find((s) => s !== except && overlaps(s, fields));
  if (clash) {
    throw userError(
      ErrorCode.CONFLICT,
      `The person already holds a ${fields.kind} valid from ${clash.validFrom} to ${clash.validUntil ?? 'open-ended'}; end or correct it first.`,
      'input.validFrom',
    );
  }
}

function documentFields(fields: LegalStatusFieldsInput) {
  const { kind, paragraph, validFrom, validUntil, issuingAuthority, decisionDate, documentNumber } = fields;
  return {
    kind,
    paragraph,
    validFrom,
    issuingAuthority,
    validUntil: validUntil ?? null,
    decisionDate: decisionDate ?? null,
    documentNumber: documentNumber ?? null,
  };
}

/** A status row of a visible person, with its household locked; NOT_FOUND for a missing or hidden one. */
async function lockedStatus(tx: EntityManager, id: number): Promise<LegalStatus> {
  const householdId = await lockHouseholdOf(tx, { table: 'legal_status', id });
  const status = householdId && (await tx.findOne(LegalStatus, id, { populate: ['person.household'] }));
  if (!status) throw notFound('LegalStatus', 'input.legalStatusId');
  if (status.supersededAt) {
    throw userError(
      ErrorCode.CONFLICT,
      'This legal status was already corrected; correct or end the current row.',
      'input.legalStatusId',
    );
  }
  return status;
}

export async function recordLegalStatus(
  em: EntityManager,
  input: RecordLegalStatusInput,
  today: string,
  actor: string,
): Promise<LegalStatus> {
  const personId = expectGlobalId(input.personId, 'Person', 'input.personId');
  checkLegalStatusFields(input, today, 'input');
  return em.transactional(async (tx) => {
    const householdId = await lockHouseholdOf(tx, { person: personId });
    const person = householdId && (await tx.findOne(Person, personId, { populate: ['household'] }));
    if (!person) throw notFound('Person', 'input.personId');
    await checkNoOverlap(tx, person, input);
    const status = tx.create(LegalStatus, {
      ...documentFields(input),
      person,
      recordedAt: new Date(),
      recordedBy: actor,
    });
    await refreshStoredRegime(tx, person.household, today);
    return status;
  });
}

export async function correctLegalStatus(
  em: EntityManager,
  input: CorrectLegalStatusInput,
  today: string,
  actor: string,
): Promise<{ legalStatus: LegalStatus; superseded: LegalStatus }> {
  const id = expectGlobalId(input.legalStatusId, 'LegalStatus', 'input.legalStatusId');
  checkLegalStatusFields(input, today, 'input');
  return em.transactional(async (tx) => {
    const old = await lockedStatus(tx, id);
    await checkNoOverlap(tx, old.person, input, old);
    const now = new Date();
    old.supersededAt = now;
    const corrected = tx.create(LegalStatus, {
      ...documentFields(input),
      person: old.person,
      recordedAt: now,
      recordedBy: actor,
      corrects: old,
      correctionReason: input.reason,
    });
    await refreshStoredRegime(tx, old.person.household, today);
    return { legalStatus: corrected, superseded: old };
  });
}

export async function endLegalStatus(
  em: EntityManager,
  input: EndLegalStatusInput,
  today: string,
): Promise<LegalStatus> {
  const id = expectGlobalId(input.legalStatusId, 'LegalStatus', 'input.legalStatusId');
  return em.transactional(async (tx) => {
    const status = await lockedStatus(tx, id);
    if (input.endsOn < status.validFrom) {
      throw userError(
        ErrorCode.BAD_USER_INPUT,
        `The document is valid from ${status.validFrom}; it cannot end before.`,
        'input.endsOn',
      );
    }
    if (status.validUntil && input.endsOn > status.validUntil) {
      throw userError(
        ErrorCode.BAD_USER_INPUT,
        `The document ends on ${status.validUntil}; a later end is an extension (record or correct it instead).`,
        'input.endsOn',
      );
    }
    status.validUntil = input.endsOn;
    await refreshStoredRegime(tx, status.person.household, today);
    return status;
  });
}
