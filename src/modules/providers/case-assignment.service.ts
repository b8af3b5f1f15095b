import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, notFound, userError } from '../../graph/errors';
import { expectGlobalId } from '../../graph/relay/global-id';
import { daysBetween } from '../../graph/periods';
import { Household } from '../people/household.entity';
import { Provider } from './provider.entity';
import { CaseAssignment } from './case-assignment.entity';
import { AssignProviderCaseInput } from './case-assignment.inputs';

/** Mandates are granted for a bounded time and must be renewed; three years is the longest. */
const MAX_MANDATE_DAYS = 3 * 366;

export async function assignProviderCase(em: EntityManager, input: AssignProviderCaseInput): Promise<CaseAssignment> {
  const providerId = expectGlobalId(input.providerId, 'Provider', 'input.providerId');
  const householdId = expectGlobalId(input.householdId, 'Household', 'input.householdId');
  if (input.mandateUntil < input.mandateFrom) {
    throw userError(ErrorCode.BAD_USER_INPUT, 'The mandate cannot end before it starts.', 'input.mandateUntil');
  }
  if (daysBetween(input.mandateFrom, input.mandateUntil) > MAX_MANDATE_DAYS) {
    throw userError(ErrorCode.BAD_USER_INPUT, 'A mandate lasts at most three years.', 'input.mandateUntil');
  }
  return em.transactional(async (tx) => {
    const provider = await tx.findOne(Provider, providerId);
    if (!provider) throw notFound('Provider', 'input.providerId');
    const household = await tx.findOne(Household, householdId);
    if (!household) throw notFound('Household', 'input.householdId');
    const { providerId: _p, householdId: _h, ...period } = input;
    return tx.create(CaseAssignment, { ...period, provider, household, endedOn: null });
  });
}
