import { Field, ObjectType } from 'type-graphql';
import { LegalStatus } from './legal-status.entity';

@ObjectType({ description: 'Result of recording or ending a legal status.' })
export class LegalStatusPayload {
  @Field(() => LegalStatus, { description: 'The legal status as now recorded.' })
  legalStatus!: LegalStatus;
}

@ObjectType({ description: 'Result of correcting a legal status.' })
export class CorrectLegalStatusPayload {
  @Field(() => LegalStatus, { description: 'The new, corrected row.' })
  legalStatus!: LegalStatus;

  @Field(() => LegalStatus, { description: 'The row it replaces, now marked superseded.' })
  superseded!: LegalStatus;
}
