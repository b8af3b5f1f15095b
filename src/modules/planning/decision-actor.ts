/**
 * Who decides. Until authentication exists the mutation names the decider; this is the one seam the
 * auth layer replaces with the signed-in viewer (actor id, role and organisation from the session).
 */
import type { DecisionActor } from '../../domain';
import type { Context } from '../../server/context';

export function deciderOf(_ctx: Context, decidedBy: string): DecisionActor {
  return { actorId: decidedBy.trim(), role: 'caseworker', organisation: 'not authenticated (named in the request)' };
}
