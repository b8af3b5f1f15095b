import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../auth/context';
import { LegalStatus } from './legal-status.entity';
import { CorrectLegalStatusInput, EndLegalStatusInput, RecordLegalStatusInput } from './legal-status.inputs';
import { CorrectLegalStatusPayload, LegalStatusPayload } from './legal-status.payloads';
import { correctLegalStatus, endLegalStatus, recordLegalStatus } from './legal-status.service';

@Resolver(() => LegalStatus)
export class LegalStatusResolver {
  @FieldResolver(() => LegalStatus, {
    nullable: true,
    description: 'The earlier row this one corrects; null for an original record.',
  })
  async corrects(@Root() status: LegalStatus, @Ctx() { loaders }: Context): Promise<LegalStatus | null> {
    return status.corrects ? ((await loaders.byId(LegalStatus).load(status.corrects.id)) ?? null) : null;
  }

  @Mutation(() => LegalStatusPayload, {
    description:
      'Records a new residence document of a person, e.g. the Aufenthaltserlaubnis after recognition (§ 25 Abs. 2 AufenthG) with the recognition date. Benefit regime, § 12a and eligibility follow from the day it takes effect.',
  })
  async recordLegalStatus(
    @Arg('input', () => RecordLegalStatusInput, { description: 'The person and the document.' })
    input: RecordLegalStatusInput,
    @Ctx() { em, today, viewer }: Context,
  ): Promise<LegalStatusPayload> {
    return { legalStatus: await recordLegalStatus(em, input, today, viewer.id) };
  }

  @Mutation(() => CorrectLegalStatusPayload, {
    description:
      'Corrects a wrongly recorded document: adds the corrected row with the reason; the old row stays, marked superseded.',
  })
  async correctLegalStatus(
    @Arg('input', () => CorrectLegalStatusInput, { description: 'The row to correct, the corrected document and why.' })
    input: CorrectLegalStatusInput,
    @Ctx() { em, today, viewer }: Context,
  ): Promise<CorrectLegalStatusPayload> {
    return correctLegalStatus(em, input, today, viewer.id);
  }

  @Mutation(() => LegalStatusPayload, {
    description: 'Ends a document early (revoked, replaced): sets its last valid day.',
  })
  async endLegalStatus(
    @Arg('input', () => EndLegalStatusInput, { description: 'The row and its last valid day.' })
    input: EndLegalStatusInput,
    @Ctx() { em, today }: Context,
  ): Promise<LegalStatusPayload> {
    return { legalStatus: await endLegalStatus(em, input, today) };
  }
}
