import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../auth/context';
import {
  MoveIntoApartmentInput,
  MoveIntoApartmentPayload,
  RecordApartmentOfferInput,
  RecordApartmentOfferPayload,
} from './housing.inputs';
import { moveIntoApartment, recordApartmentOffer } from './housing.service';

@Resolver()
export class HousingMutationResolver {
  @Mutation(() => RecordApartmentOfferPayload, {
    description: 'Records a flat a private landlord offers; it starts OPEN.',
  })
  async recordApartmentOffer(
    @Arg('input', () => RecordApartmentOfferInput, { description: 'The offer.' }) input: RecordApartmentOfferInput,
    @Ctx() { em }: Context,
  ): Promise<RecordApartmentOfferPayload> {
    return { apartmentOffer: await recordApartmentOffer(em, input) };
  }

  @Mutation(() => MoveIntoApartmentPayload, {
    description:
      'Moves a household into an open offered flat: starts the tenancy, ends the stays in communal accommodation (freeing the beds) and marks the offer TAKEN.',
  })
  moveIntoApartment(
    @Arg('input', () => MoveIntoApartmentInput, { description: 'Household, offer and move-in date.' })
    input: MoveIntoApartmentInput,
    @Ctx() { em }: Context,
  ): Promise<MoveIntoApartmentPayload> {
    return moveIntoApartment(em, input);
  }
}
