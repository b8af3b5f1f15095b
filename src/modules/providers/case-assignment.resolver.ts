import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../server/context';
import { AssignProviderCaseInput, AssignProviderCasePayload } from './case-assignment.inputs';
import { assignProviderCase } from './case-assignment.service';

@Resolver()
export class CaseAssignmentMutationResolver {
  @Mutation(() => AssignProviderCasePayload, {
    description: 'Assigns a household to a provider for a purpose and a mandate period; access ends when the mandate does.',
  })
  async assignProviderCase(
    @Arg('input', () => AssignProviderCaseInput, { description: 'Provider, household, purpose and mandate.' })
    input: AssignProviderCaseInput,
    @Ctx() { em }: Context,
  ): Promise<AssignProviderCasePayload> {
    return { caseAssignment: await assignProviderCase(em, input) };
  }
}
