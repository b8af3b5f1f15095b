import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../auth/context';
import { AssignVolunteerInput, AssignVolunteerPayload } from './volunteer-assignment.inputs';
import { assignVolunteer } from './volunteer-assignment.service';

@Resolver()
export class VolunteerAssignmentMutationResolver {
  @Mutation(() => AssignVolunteerPayload, { description: 'Assigns a volunteer to a household or to an appointment.' })
  async assignVolunteer(
    @Arg('input', () => AssignVolunteerInput, { description: 'Volunteer, target and task.' })
    input: AssignVolunteerInput,
    @Ctx() { em }: Context,
  ): Promise<AssignVolunteerPayload> {
    return { volunteerAssignment: await assignVolunteer(em, input) };
  }
}
