import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { CaseAssignment } from './case-assignment.entity';
import { CasePurpose } from './providers.enums';

@InputType({ description: 'A provider takes on a household for a purpose, for a mandate period.' })
export class AssignProviderCaseInput {
  @Field(() => ID, { description: 'The provider.' })
  providerId!: string;

  @Field(() => ID, { description: 'The household.' })
  householdId!: string;

  @Field(() => CasePurpose, { description: 'Purpose of the assignment.' })
  purpose!: CasePurpose;

  @Field(() => LocalDateResolver, { description: 'First day of the mandate.' })
  mandateFrom!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the mandate (at most three years after the first).' })
  mandateUntil!: string;
}

@ObjectType({ description: 'Result of assigning a provider case.' })
export class AssignProviderCasePayload {
  @Field(() => CaseAssignment, { description: 'The new case assignment.' })
  caseAssignment!: CaseAssignment;
}
