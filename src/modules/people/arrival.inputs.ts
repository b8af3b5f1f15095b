import { Field, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { IsCountryCode, IsLanguageCode } from '../../graph/validators';
import { BenefitRegime, LanguageLevel, MemberRelation, Sex } from './people.enums';
import { LegalStatusFieldsInput } from './legal-status.inputs';
import { Household } from './household.entity';

@InputType({ description: 'The residence document a person holds on arrival.' })
export class LegalStatusInput extends LegalStatusFieldsInput {}

@InputType({ description: 'A language a person speaks.' })
export class PersonLanguageInput {
  @Field({ description: 'ISO 639-1 code, e.g. "ar".' })
  @IsLanguageCode()
  language!: string;

  @Field(() => LanguageLevel, { description: 'Level.' })
  level!: LanguageLevel;
}

@InputType({ description: 'A person arriving as a member of a household.' })
export class ArrivingPersonInput {
  @Field(() => MemberRelation, { description: 'Relation to the head; exactly one member is HEAD.' })
  relation!: MemberRelation;

  @Field({ description: 'Given name(s).' })
  @Length(1, 200)
  givenName!: string;

  @Field({ description: 'Family name.' })
  @Length(1, 200)
  familyName!: string;

  @Field(() => LocalDateResolver, { description: 'Date of birth.' })
  birthDate!: string;

  @Field(() => Sex, { description: 'Sex as registered.' })
  sex!: Sex;

  @Field({ description: 'Country of origin, ISO 3166-1 alpha-2, e.g. "SY".' })
  @IsCountryCode()
  countryOfOrigin!: string;

  @Field({ description: 'Able to work (erwerbsfähig).' })
  ableToWork!: boolean;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @IsOptional()
  @MaxLength(50)
  phone?: string;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @Field(() => LegalStatusInput, { description: 'Residence document held on arrival.' })
  @ValidateNested()
  legalStatus!: LegalStatusInput;

  @Field(() => [PersonLanguageInput], { defaultValue: [], description: 'Languages spoken.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(20)
  languages!: PersonLanguageInput[];
}

@InputType({ description: 'A household arriving in the city.' })
export class RegisterArrivalInput {
  @Field(() => LocalDateResolver, { description: 'Day of arrival in the city; not in the future.' })
  arrivedOn!: string;

  @Field(() => BenefitRegime, { description: 'Regime under which benefits are paid.' })
  benefitRegime!: BenefitRegime;

  @Field(() => [ArrivingPersonInput], { description: 'The members (1–20), exactly one of them HEAD.' })
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  members!: ArrivingPersonInput[];
}

@ObjectType({ description: 'Result of registering an arrival.' })
export class RegisterArrivalPayload {
  @Field(() => Household, { description: 'The registered household with its new reference.' })
  household!: Household;
}
