import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../auth/context';
import { EndOccupationInput, RecordOccupationInput } from './occupation.inputs';
import { OccupationPayload } from './occupation.payloads';
import { endOccupation, recordOccupation } from './occupation.service';

@Resolver()
export class OccupationMutationResolver {
  @Mutation(() => OccupationPayload, {
    description:
      'Records school attendance, a vocational-preparation measure, training, study or a job of a person. Jobs and training feed the WBS income test and the § 12a AufenthG exemption.',
  })
  async recordOccupation(
    @Arg('input', () => RecordOccupationInput, { description: 'The person and the occupation.' })
    input: RecordOccupationInput,
    @Ctx() { em }: Context,
  ): Promise<OccupationPayload> {
    return { occupation: await recordOccupation(em, input) };
  }

  @Mutation(() => OccupationPayload, { description: 'Ends an occupation on its last day.' })
  async endOccupation(
    @Arg('input', () => EndOccupationInput, { description: 'The occupation and its last day.' })
    input: EndOccupationInput,
    @Ctx() { em }: Context,
  ): Promise<OccupationPayload> {
    return { occupation: await endOccupation(em, input) };
  }
}
