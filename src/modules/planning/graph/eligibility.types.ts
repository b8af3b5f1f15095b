import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { BenefitRegime } from '../../people/people.enums';
import { BenefitForm, EligibilityOutcome, HousingBenefitKind, ResponsibleAuthorityCode } from './eligibility.enums';
import { AppliedRuleType, ReasonType } from './rule-result.types';

@ObjectType('ResponsibleAuthority', { description: 'The authority that decides on a benefit.' })
export class ResponsibleAuthorityType {
  @Field(() => ResponsibleAuthorityCode, { description: 'Which kind of authority.' })
  code!: ResponsibleAuthorityCode;

  @Field({ description: 'Its name in German, as on the application form.' })
  name!: string;
}

@ObjectType('WbsDetails', { description: 'Figures of a WBS (Wohnberechtigungsschein) assessment.' })
export class WbsDetailsType {
  @Field(() => Float, {
    name: 'incomeLimit',
    description: 'Income limit (§ 3 NWoFG) in euros per year for this household.',
  })
  incomeLimitEur!: number;

  @Field(() => Float, {
    name: 'annualIncome',
    nullable: true,
    description: 'Annual household income after deductions in euros; null while not assessed.',
  })
  annualIncomeEur!: number | null;

  @Field(() => LocalDateResolver, { description: 'The certificate would be valid until this day (one year).' })
  validUntil!: string;

  @Field({ description: 'Land in which it is valid ("NI" = Niedersachsen).' })
  validIn!: string;

  @Field(() => Float, { name: 'appropriateArea', description: 'Appropriate flat size in m² the certificate names.' })
  appropriateAreaM2!: number;
}

@ObjectType('LoanRepayment', { description: 'How a loan (e.g. the Kaution under SGB II) is paid back.' })
export class LoanRepaymentType {
  @Field(() => Float, { description: 'Share of the standard rate (Regelbedarf) deducted each month, e.g. 0.05.' })
  shareOfStandardRate!: number;

  @Field(() => Float, {
    name: 'standardRate',
    description: 'The standard rate in euros per month the share is taken of.',
  })
  standardRateEur!: number;

  @Field(() => Float, { name: 'monthlyDeduction', description: 'Monthly deduction in euros.' })
  monthlyDeductionEur!: number;
}

@ObjectType('HousingBenefitEligibility', {
  description:
    'Whether a household can get one housing benefit, in which form, from whom, on what legal basis, and under which conditions.',
})
export class HousingBenefitEligibilityType {
  @Field(() => HousingBenefitKind, { description: 'The benefit.' })
  benefit!: HousingBenefitKind;

  @Field(() => EligibilityOutcome, { description: 'What the law says.' })
  outcome!: EligibilityOutcome;

  @Field(() => BenefitForm, {
    nullable: true,
    description: 'Grant, loan or permit; null where the authority chooses the form in its discretion.',
  })
  form!: BenefitForm | null;

  @Field({ description: 'Legal basis, e.g. "§ 22 Abs. 6 SGB II".' })
  legalBasis!: string;

  @Field(() => ResponsibleAuthorityType, {
    nullable: true,
    description: 'The authority that decides; null when the regime is undetermined.',
  })
  responsibleAuthority!: ResponsibleAuthorityType | null;

  @Field(() => [String], {
    description: 'What must happen for the benefit to be granted, e.g. an assurance before signing the lease.',
  })
  conditions!: string[];

  @Field(() => BenefitRegime, {
    nullable: true,
    description: "The benefit regime the answer rests on (the head's); null when it cannot be determined.",
  })
  regime!: BenefitRegime | null;

  @Field(() => WbsDetailsType, { nullable: true, description: 'Figures of the WBS assessment (only for the WBS).' })
  wbs!: WbsDetailsType | null;

  @Field(() => LoanRepaymentType, { nullable: true, description: 'Repayment of a loan, where the benefit is one.' })
  repayment!: LoanRepaymentType | null;

  @Field(() => [AppliedRuleType], { description: 'The rules and their versions the answer used.' })
  rules!: AppliedRuleType[];

  @Field(() => [ReasonType], { description: 'Why, in words.' })
  reasons!: ReasonType[];
}

@ObjectType('RentCeiling', {
  description:
    "Appropriate rent (Kosten der Unterkunft, § 22 Abs. 1 SGB II): the most the benefits authority pays for the household's size in the city.",
})
export class RentCeilingType {
  @Field(() => Float, {
    name: 'maxGrossColdRent',
    description: 'Highest appropriate gross cold rent (Bruttokaltmiete) in euros per month.',
  })
  maxGrossColdRentEur!: number;

  @Field(() => Float, { name: 'referenceArea', description: 'Flat size in m² the ceiling is based on.' })
  referenceAreaM2!: number;

  @Field({ description: 'False when the figure was extrapolated beyond the published table (7 or more persons).' })
  fromTable!: boolean;

  @Field(() => AppliedRuleType, { description: 'The ceiling table and its version.' })
  rule!: AppliedRuleType;

  @Field(() => [ReasonType], { description: 'How the figure was found.' })
  reasons!: ReasonType[];
}

@ObjectType('AppropriateSize', { description: 'Appropriate flat size for the household (WBS flat-size table).' })
export class AppropriateSizeType {
  @Field(() => Float, { name: 'maxArea', description: 'Largest appropriate living space in m².' })
  maxAreaM2!: number;

  @Field(() => Float, {
    name: 'minArea',
    description: 'Smallest living space in m² that is not overcrowded (0 while that rule is off).',
  })
  minAreaM2!: number;

  @Field(() => [AppliedRuleType], { description: 'The tables used.' })
  rules!: AppliedRuleType[];

  @Field(() => [ReasonType], { description: 'How the size was found.' })
  reasons!: ReasonType[];
}

@ObjectType('HousingEligibility', {
  description:
    "What a household can get to move into a private flat as of a day: the four housing benefits under its members' legal status, the rent ceiling and the appropriate flat size.",
})
export class HousingEligibilityType {
  @Field(() => LocalDateResolver, { description: 'The day the answer holds for.' })
  asOf!: string;

  @Field(() => BenefitRegime, {
    nullable: true,
    description: "The head's benefit regime, which decides the housing benefits; null when undetermined.",
  })
  headRegime!: BenefitRegime | null;

  @Field({ description: 'True when members fall under different regimes.' })
  mixedRegimes!: boolean;

  @Field(() => Int, { description: 'Number of persons counted for size and ceiling.' })
  persons!: number;

  @Field(() => HousingBenefitEligibilityType, {
    description: 'Wohnberechtigungsschein (housing entitlement certificate).',
  })
  wbs!: HousingBenefitEligibilityType;

  @Field(() => HousingBenefitEligibilityType, { description: 'Kaution: the rent deposit.' })
  kaution!: HousingBenefitEligibilityType;

  @Field(() => HousingBenefitEligibilityType, { description: 'Umzugskosten: moving costs.' })
  umzugskosten!: HousingBenefitEligibilityType;

  @Field(() => HousingBenefitEligibilityType, { description: 'Erstausstattung: initial furnishing.' })
  erstausstattung!: HousingBenefitEligibilityType;

  @Field(() => RentCeilingType, {
    nullable: true,
    description:
      "Rent ceiling in the city for the household's size and regime; null when no table applies or the regime is undetermined.",
  })
  rentCeiling!: RentCeilingType | null;

  @Field(() => AppropriateSizeType, {
    nullable: true,
    description: 'Appropriate flat size; null when no table is in force on the day.',
  })
  appropriateSize!: AppropriateSizeType | null;
}
