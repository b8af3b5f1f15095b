import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../auth/context';
import { AssignProviderCaseInput, AssignProviderCasePayload } from './case-assignment.inputs';
import { assignProviderCase } from './case-assignment.service';
import {
  ConsentPayload,
  EndCaseAssignmentInput,
  EndCaseAssignmentPayload,
  RecordConsentInput,
  RevokeConsentInput,
} from './consent.inputs';
import { endCaseAssignment, recordConsent, revokeConsent } from './consent.service';

@Resolver()
export class CaseAssignmentMutationResolver {
  @Mutation(() => AssignProviderCasePayload, {
    description:
      'Assigns a household to a provider for a purpose and a mandate period; access ends when the mandate does.',
  })
  async assignProviderCase(
    @Arg('input', () => AssignProviderCaseInput, { description: 'Provider, household, purpose and mandate.' })
    input: AssignProviderCaseInput,
    @Ctx() { em }: Context,
  ): Promise<AssignProviderCasePayload> {
    return { caseAssignment: await assignProviderCase(em, input) };
  }

  @Mutation(() => EndCaseAssignmentPayload, {
    description: 'Ends a case assignment early; the provider loses access that day.',
  })
  async endCaseAssignment(
    @Arg('input', () => EndCaseAssignmentInput, { description: 'The assignment and the day it ends.' })
    input: EndCaseAssignmentInput,
    @Ctx() { em, today }: Context,
  ): Promise<EndCaseAssignmentPayload> {
    return { caseAssignment: await endCaseAssignment(em, input, today) };
  }

  @Mutation(() => ConsentPayload, { description: "Records a person's consent for an organisation and purposes." })
  async recordConsent(
    @Arg('input', () => RecordConsentInput, { description: 'Person, organisation, purposes.' })
    input: RecordConsentInput,
    @Ctx() { em, today }: Context,
  ): Promise<ConsentPayload> {
    return { consent: await recordConsent(em, input, today) };
  }

  @Mutation(() => ConsentPayload, { description: 'Revokes a consent; access based on it ends the same day.' })
  async revokeConsent(
    @Arg('input', () => RevokeConsentInput, { description: 'The consent and the day of revocation.' })
    input: RevokeConsentInput,
    @Ctx() { em, today }: Context,
  ): Promise<ConsentPayload> {
    return { consent: await revokeConsent(em, input, today) };
  }
}
