import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../auth/context';
import { MoveHouseholdToSiteInput, PlaceHouseholdInput, PlacementPayload } from './placement.inputs';
import { moveHouseholdToSite, placeHousehold } from './placement.service';

@Resolver()
export class PlacementResolver {
  @Mutation(() => PlacementPayload, {
    description:
      'Places a household into free beds of a communal site, one bed per member, keeping the household in one unit where possible. Fails with NOT_ENOUGH_FREE_BEDS when the site is full.',
  })
  placeHousehold(
    @Arg('input', () => PlaceHouseholdInput, { description: 'Household, site and first night.' })
    input: PlaceHouseholdInput,
    @Ctx() { em }: Context,
  ): Promise<PlacementPayload> {
    return placeHousehold(em, input);
  }

  @Mutation(() => PlacementPayload, {
    description: 'Moves a household from its current communal site to free beds of another one on the given day.',
  })
  moveHouseholdToSite(
    @Arg('input', () => MoveHouseholdToSiteInput, { description: 'Household, target site and day of the move.' })
    input: MoveHouseholdToSiteInput,
    @Ctx() { em }: Context,
  ): Promise<PlacementPayload> {
    return moveHouseholdToSite(em, input);
  }
}
