import { Field, ObjectType } from 'type-graphql';

/** Shapes shared by every rule answer; the domain's objects are returned as they are. */
@ObjectType('AppliedRule', {
  description: 'A rule (in one version) an answer rests on, with its legal basis and source.',
})
export class AppliedRuleType {
  @Field({ description: 'Stable identifier of the rule, e.g. "asylblg.2.waiting-period".' })
  ruleId!: string;

  @Field({ description: 'Version of the rule, usually the date from which it is in force.' })
  version!: string;

  @Field({ description: 'Legal basis as a caseworker would cite it, e.g. "§ 2 Abs. 1 AsylbLG".' })
  legalBasis!: string;

  @Field({ description: 'Where the rule or figure comes from (law gazette, city concept, assumption).' })
  source!: string;

  @Field({ description: 'False while the rule or figure still has to be verified by a lawyer or the city.' })
  verified!: boolean;
}

/** Its `message` is resolved per audience (ReasonResolver). */
@ObjectType('Reason', {
  description: 'One reason for an answer, in words, with a stable code for user interfaces and tests.',
})
export class ReasonType {
  @Field({ description: 'Stable machine-readable code, e.g. "WAITING_PERIOD_COMPLETE".' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'The rule the reason comes from, if any.' })
  ruleId?: string;
}
