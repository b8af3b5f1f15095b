import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { Person } from './person.entity';
import { LegalStatusKind } from './people.enums';

/**
 * One residence document in a person's history; the benefit regime is derived from this history.
 * A correction never overwrites a row: it adds a new row that `corrects` the old one and marks the old
 * one superseded, so the history shows what was believed when, and who changed it.
 */
@Entity({ tableName: 'legal_status' })
@ObjectType({ implements: NodeEntity, description: "One residence document in a person's legal-status history." })
export class LegalStatus extends NodeEntity {
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  @Index()
  person!: Person;

  @Enum({ items: () => LegalStatusKind })
  @Field(() => LegalStatusKind, { description: 'Kind of document.' })
  kind!: LegalStatusKind;

  @Property({ type: 'text' })
  @Field({ description: 'Legal ground as written on the document, e.g. "§ 25 Abs. 2 AufenthG".' })
  paragraph!: string;

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'First day the document is valid.' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Last day the document is valid; null when open-ended.',
  })
  validUntil?: string | null;

  @Property({ type: 'text' })
  @Field({ description: 'Authority that issued the document, e.g. "Ausländerbehörde Osnabrück" or "BAMF".' })
  issuingAuthority!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'Date of the decision the document rests on, e.g. the BAMF recognition (Anerkennung) for a § 25 Abs. 1/2 AufenthG permit: the AsylbLG ends and the § 12a AufenthG residence obligation starts from it, even before the permit is issued.',
  })
  decisionDate?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Number of the document (e.g. of the electronic residence permit, eAT), if known.',
  })
  documentNumber?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When the row was recorded; null for rows recorded before the history was kept.',
  })
  recordedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Who recorded the row (the ID of the user or API key); null for rows recorded before the history was kept.',
  })
  recordedBy?: string | null;

  @ManyToOne(() => LegalStatus, { nullable: true, deleteRule: 'set null' })
  @Index()
  corrects?: LegalStatus | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Why this row corrects an earlier one (set on corrections only).',
  })
  correctionReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description:
      'When a correction replaced this row; null while it is the valid record. The rules ignore superseded rows.',
  })
  supersededAt?: Date | null;
}
