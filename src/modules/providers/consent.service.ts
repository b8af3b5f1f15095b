import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, notFound, userError } from '../../graph/errors';
import { expectGlobalId } from '../../graph/relay/global-id';
import { Person } from '../people/person.entity';
import { Provider } from './provider.entity';
import { Consent } from './consent.entity';
import { CaseAssignment } from './case-assignment.entity';
import { EndCaseAssignmentInput, RecordConsentInput, RevokeConsentInput } from './consent.inputs';

export async function recordConsent(em: EntityManager, input: RecordConsentInput, today: string): Promise<Consent> {
  const personId = expectGlobalId(input.personId, 'Person', 'input.personId');
  const recipientId = expectGlobalId(input.recipientId, 'Provider', 'input.recipientId');
  const givenOn = input.givenOn ?? today;
  if (givenOn > today)
    throw userError(ErrorCode.BAD_USER_INPUT, 'A consent cannot be given in the future.', 'input.givenOn');
  return em.transactional(async (tx) => {
    const person = await tx.findOne(Person, personId);
    if (!person) throw notFound('Person', 'input.personId');
    const recipient = await tx.findOne(Provider, recipientId);
    if (!recipient) throw notFound('Provider', 'input.recipientId');
    return tx.create(Consent, { person, recipient, purposes: [...new Set(input.purposes)], givenOn, revokedOn: null });
  });
}

export async function revokeConsent(em: EntityManager, input: RevokeConsentInput, today: string): Promise<Consent> {
  const consentId = expectGlobalId(input.consentId, 'Consent', 'input.consentId');
  const revokedOn = input.revokedOn ?? today;
  return em.transactional(async (tx) => {
    const consent = await tx.findOne(Consent, consentId);
    if (!consent) throw notFound('Consent', 'input.consentId');
    if (consent.revokedOn)
      throw userError(ErrorCode.CONFLICT, `The consent was revoked on ${consent.revokedOn}.`, 'input.consentId');
    if (revokedOn < consent.givenOn) {
      throw userError(ErrorCode.BAD_USER_INPUT, 'A consent cannot be revoked before it was given.', 'input.revokedOn');
    }
    consent.revokedOn = revokedOn;
    return consent;
  });
}

export async function endCaseAssignment(
  em: EntityManager,
  input: EndCaseAssignmentInput,
  today: string,
): Promise<CaseAssignment> {
  const id = expectGlobalId(input.caseAssignmentId, 'CaseAssignment', 'input.caseAssignmentId');
  const endedOn = input.endedOn ?? today;
  return em.transactional(async (tx) => {
    const assignment = await tx.findOne(CaseAssignment, id);
    if (!assignment) throw notFound('CaseAssignment', 'input.caseAssignmentId');
    if (assignment.endedOn)
      throw userError(ErrorCode.CONFLICT, `The assignment ended on ${assignment.endedOn}.`, 'input.caseAssignmentId');
    if (endedOn < assignment.mandateFrom) {
      throw userError(ErrorCode.BAD_USER_INPUT, 'An assignment cannot end before its mandate starts.', 'input.endedOn');
    }
    assignment.endedOn = endedOn;
    return assignment;
  });
}
