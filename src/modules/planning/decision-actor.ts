/** Who decides: the authenticated viewer of the request, never a name the client sends. */
import type { DecisionActor } from '../../domain';
import type { Context } from '../../auth/context';
import { toGlobalId } from '../../graph/relay/global-id';

export function deciderOf({ viewer }: Context): DecisionActor {
  return {
    actorId: viewer.id,
    role: viewer.role,
    organisation: viewer.organisationId ? toGlobalId('Provider', viewer.organisationId) : 'city administration',
  };
}
