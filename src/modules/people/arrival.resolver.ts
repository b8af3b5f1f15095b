import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../auth/context';
import { RegisterArrivalInput, RegisterArrivalPayload } from './arrival.inputs';
import { registerArrival } from './arrival.service';

@Resolver()
export class ArrivalResolver {
  @Mutation(() => RegisterArrivalPayload, {
    description: 'Registers a household arriving in the city with its members, their documents and languages.',
  })
  async registerArrival(
    @Arg('input', () => RegisterArrivalInput, { description: 'The household and its members.' })
    input: RegisterArrivalInput,
    @Ctx() { em, today }: Context,
  ): Promise<RegisterArrivalPayload> {
    return { household: await registerArrival(em, input, today) };
  }
}
