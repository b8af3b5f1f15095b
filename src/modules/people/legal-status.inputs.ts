import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { LegalStatusKind } from './people.enums';

/** What a residence document says; shared by recording and correcting one. */
@InputType({ description: 'What a residence document says (the fields shared by recording and correcting one).' })
export class LegalStatusFieldsInput {
  @Field(() => LegalStatusKind, { description: 'Kind of document.' })
  kind!: LegalStatusKind;

  @Field({ description: 'Legal ground as written on the document, e.g. "§ 55 AsylG" or "§ 25 Abs. 2 AufenthG".' })
  @Length(1, 100)
  paragraph!: string;

  @Field(() => LocalDateResolver, { description: 'First day the document is valid.' })
  validFrom!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Last day the document is valid; omitted when open-ended.',
  })
  validUntil?: string | null;

  @Field({ description: 'Authority that issued it, e.g. "Ausländerbehörde Osnabrück" or "BAMF".' })
  @Length(1, 200)
  issuingAuthority!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'Date of the decision the document rests on, e.g. the BAMF recognition (Anerkennung) behind a § 25 Abs. 1/2 AufenthG permit; not in the future.',
  })
  decisionDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Document number (e.g. of the electronic residence permit, eAT).',
  })
  @IsOptional()
  @MaxLength(50)
  documentNumber?: string | null;
}

@InputType({ description: 'A new residence document of a person (e.g. the permit after recognition).' })
export class RecordLegalStatusInput extends LegalStatusFieldsInput {
  @Field(() => ID, { description: 'The person the document belongs to.' })
  personId!: string;
}

@InputType({
  description:
    'Corrects a recorded document that was wrong: the old row is kept, marked superseded and linked from the new one, with the reason.',
})
export class CorrectLegalStatusInput extends LegalStatusFieldsInput {
  @Field(() => ID, { description: 'The legal status being corrected (it must not already be superseded).' })
  legalStatusId!: string;

  @Field({ description: 'Why the record was wrong, e.g. "validity end copied wrongly from the eAT".' })
  @Length(3, 1000)
  reason!: string;
}

@InputType({ description: 'Ends a document early (revoked, expired, replaced): its last valid day.' })
export class EndLegalStatusInput {
  @Field(() => ID, { description: 'The legal status to end.' })
  legalStatusId!: string;

  @Field(() => LocalDateResolver, {
    description: 'Last day the document is valid; not before it started, not after its recorded end.',
  })
  endsOn!: string;
}
