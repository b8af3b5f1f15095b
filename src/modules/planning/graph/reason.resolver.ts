import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Reason } from '../../../domain';
import type { Context } from '../../../auth/context';
import { readsSpecialCategories } from '../../../auth/special-categories';
import { ReasonType } from './rule-result.types';

/** Messages are data too: one that names a special category is worded neutrally for audiences that may not read it. */
@Resolver(() => ReasonType)
export class ReasonResolver {
  @FieldResolver(() => String, { description: 'The reason in words.' })
  message(@Root() reason: Reason, @Ctx() { grant }: Context): string {
    return reason.neutralMessage !== undefined && !readsSpecialCategories(grant)
      ? reason.neutralMessage
      : reason.message;
  }
}
