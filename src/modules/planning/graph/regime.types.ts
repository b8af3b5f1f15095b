import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { BenefitRegime } from '../../people/people.enums';
import { LegalScope } from './eligibility.enums';
import { AppliedRuleType, ReasonType } from './rule-result.types';

@ObjectType('WaitingPeriod', {
  description:
    'The waiting period for “Analogleistungen” (§ 2 AsylbLG: benefits like SGB XII after a period of stay), counted to the day under the version of the law in force.',
})
export class WaitingPeriodType {
  @Field({ description: 'Version of the rule, e.g. "2024-02-27" (36 months of stay).' })
  ruleVersion!: string;

  @Field(() => Int, { description: 'Length of the period in months (48 / 15 / 18 / 36 depending on the version).' })
  months!: number;

  @Field({ description: 'STAY (months of stay) or BENEFIT_RECEIPT (months of benefits received, the 2007 version).' })
  countedFrom!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day counted.' })
  startDate!: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'First day of entitlement once the period is complete.',
  })
  completeFrom!: string | null;

  @Field({ description: 'True when the period is complete on the day.' })
  fulfilled!: boolean;

  @Field({ description: 'The count in words.' })
  explanation!: string;
}

@ObjectType('BenefitRegimeDetermination', {
  description:
    'Under which law a person receives subsistence benefits on a day (§ 1 AsylbLG): AsylbLG § 3, AsylbLG § 2 (Analogleistungen), SGB II or SGB XII, derived from the legal-status history. The hub does not record benefits actually paid; for § 20 AsylbLG it presumes that a person whose rules gave § 2 benefits on 2024-02-26 received them.',
})
export class BenefitRegimeDeterminationType {
  @Field(() => LocalDateResolver, { description: 'The day the answer holds for.' })
  asOf!: string;

  @Field(() => BenefitRegime, {
    nullable: true,
    description: 'The regime; null when it cannot be determined (see reasons).',
  })
  regime!: BenefitRegime | null;

  @Field(() => LegalScope, { description: 'AsylbLG or SGB after the month-end rule of § 1 Abs. 3 AsylbLG.' })
  scope!: LegalScope;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'Set when the AsylbLG ground ceased this month: the AsylbLG still applies until this last day of the month (§ 1 Abs. 3 AsylbLG).',
  })
  asylbLgEndsOn!: string | null;

  @Field(() => WaitingPeriodType, {
    nullable: true,
    description: 'The § 2 waiting period, whenever the person is under the AsylbLG.',
  })
  waitingPeriod!: WaitingPeriodType | null;

  @Field({
    description:
      'True when § 20 AsylbLG (transition of 2024-02-27) keeps § 2 benefits the person received on 2024-02-26.',
  })
  transitionProtected!: boolean;

  @Field(() => [AppliedRuleType], { description: 'The rules and their versions used.' })
  rules!: AppliedRuleType[];

  @Field(() => [ReasonType], { description: 'Why, in words.' })
  reasons!: ReasonType[];
}

@ObjectType('ResidenceObligationExemption', {
  description:
    'Why § 12a AufenthG does not bind the person: a job, vocational training or study of the person, the partner or a minor child.',
})
export class ResidenceObligationExemptionType {
  @Field({
    description:
      'EMPLOYMENT (at least 15 h/week earning at least the average SGB II need of a single person), VOCATIONAL_TRAINING or STUDY.',
  })
  kind!: string;

  @Field(() => ID, { description: 'The household member whose job, training or study exempts the person.' })
  memberId!: string;

  @Field({ description: 'SELF, PARTNER, MINOR_CHILD or PARENT.' })
  relationToPerson!: string;

  @Field({ description: 'The provision that exempts, "§ 12a Abs. 1 S. 2 AufenthG".' })
  legalBasis!: string;
}

@ObjectType('MoveBan', {
  description: 'A municipality the person may not move to (Zuzugssperre, § 12a Abs. 4 AufenthG).',
})
export class MoveBanType {
  @Field({ description: 'Land of the municipality ("NI").' })
  land!: string;

  @Field({ description: 'The municipality, e.g. "Salzgitter".' })
  municipality!: string;

  @Field(() => LocalDateResolver, { description: 'Since when the ban applies.' })
  since!: string;

  @Field({ description: 'False while the ban is not yet verified.' })
  verified!: boolean;
}

@ObjectType('ResidenceObligation', {
  description:
    'Residence obligation (Wohnsitzauflage, § 12a AufenthG): recognised refugees, subsidiary protection and first permits under §§ 22, 23, 24, 25 (3) must live in the Land of allocation for 3 years, unless exempted.',
})
export class ResidenceObligationType {
  @Field(() => LocalDateResolver, { description: 'The day the answer holds for.' })
  asOf!: string;

  @Field({ description: 'True when the obligation binds the person on the day.' })
  applies!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Land the person must live in while it applies ("NI" = Niedersachsen).',
  })
  land!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Start: recognition or first grant of the permit.' })
  startedOn!: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Last day of the obligation (3 years from the start).',
  })
  until!: string | null;

  @Field(() => ResidenceObligationExemptionType, {
    nullable: true,
    description: 'The exemption that lifts it, if any.',
  })
  exemption!: ResidenceObligationExemptionType | null;

  @Field({ description: 'Whether the Land also allocates a specific place (Niedersachsen: no).' })
  placeAllocation!: boolean;

  @Field(() => [MoveBanType], { description: 'Municipalities the person may not move to.' })
  moveBans!: MoveBanType[];

  @Field(() => [AppliedRuleType], { description: 'The rules and their versions used.' })
  rules!: AppliedRuleType[];

  @Field(() => [ReasonType], { description: 'Why, in words.' })
  reasons!: ReasonType[];
}
