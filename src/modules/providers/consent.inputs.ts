import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMinSize } from 'class-validator';
import { Consent } from './consent.entity';
import { CaseAssignment } from './case-assignment.entity';
import { CasePurpose } from './providers.enums';

@InputType({ description: "A person's consent that an organisation may process their data for some purposes." })
export class RecordConsentInput {
  @Field(() => ID, { description: 'The person consenting.' })
  personId!: string;

  @Field(() => ID, { description: 'The organisation (provider) that may process the data.' })
  recipientId!: string;

  @Field(() => [CasePurpose], { description: 'Purposes the consent covers (at least one).' })
  @ArrayMinSize(1)
  purposes!: CasePurpose[];

  @Field(() => LocalDateResolver, { nullable: true, description: 'Day the consent was given; today when omitted.' })
  givenOn?: string;
}

@ObjectType({ description: 'Result of recording or revoking a consent.' })
export class ConsentPayload {
  @Field(() => Consent, { description: 'The consent.' })
  consent!: Consent;
}

@InputType({ description: 'Revokes a consent; access based on it ends that day.' })
export class RevokeConsentInput {
  @Field(() => ID, { description: 'The consent.' })
  consentId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Day of revocation; today when omitted.' })
  revokedOn?: string;
}

@InputType({ description: 'Ends a case assignment early; the mandate no longer counts from that day.' })
export class EndCaseAssignmentInput {
  @Field(() => ID, { description: 'The case assignment.' })
  caseAssignmentId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Day it ends; today when omitted.' })
  endedOn?: string;
}

@ObjectType({ description: 'Result of ending a case assignment.' })
export class EndCaseAssignmentPayload {
  @Field(() => CaseAssignment, { description: 'The ended case assignment.' })
  caseAssignment!: CaseAssignment;
}
