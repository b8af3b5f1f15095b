import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { Household } from './household.entity';
import { MemberRelation, Sex } from './people.enums';

/** A refugee registered with the city; always a member of exactly one household. */
@Entity({ tableName: 'person' })
@ObjectType({ implements: NodeEntity, description: 'A refugee registered with the city, member of one household.' })
export class Person extends NodeEntity {
  @ManyToOne(() => Household, { deleteRule: 'cascade' })
  @Index()
  household!: Household;

  @Enum({ items: () => MemberRelation })
  @Field(() => MemberRelation, { description: 'Relation to the head of the household.' })
  relation!: MemberRelation;

  @Property({ type: 'text' })
  @Field({ description: 'Given name(s).' })
  givenName!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Family name.' })
  familyName!: string;

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'Date of birth.' })
  birthDate!: string;

  @Enum({ items: () => Sex })
  @Field(() => Sex, { description: 'Sex as registered.' })
  sex!: Sex;

  @Property({ type: 'text' })
  @Field({ description: 'Country of origin as an ISO 3166-1 alpha-2 code, e.g. "SY".' })
  countryOfOrigin!: string;

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'Date the person arrived in the city.' })
  arrivedOn!: string;

  @Property({ type: 'boolean' })
  @Field({ description: 'Able to work (erwerbsfähig, § 8 SGB II): decides between SGB II and SGB XII.' })
  ableToWork!: boolean;

  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Degree of disability (Grad der Behinderung, 20–100), when assessed. Special-category data.',
  })
  disabilityDegree?: number | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Phone number for contact.' })
  phone?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'E-mail address for contact.' })
  email?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Religion, if the person chose to state it. Special-category data (GDPR Art. 9).',
  })
  religion?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Ethnic origin, if stated. Special-category data (GDPR Art. 9).',
  })
  ethnicity?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Summary of the asylum reasons. Can reveal political opinion: special-category data.',
  })
  asylumReasons?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Day of the last assessment of special reception needs (see needsAssessment). Special-category data.',
  })
  needsAssessedOn?: string | null;
}
