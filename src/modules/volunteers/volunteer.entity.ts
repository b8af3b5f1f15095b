import { ArrayType, Entity, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';

/** A volunteer registered with the volunteer agency. */
@Entity({ tableName: 'volunteer' })
@ObjectType({ implements: NodeEntity, description: 'A volunteer registered with the volunteer agency.' })
export class Volunteer extends NodeEntity {
  @Property({ type: 'text' })
  @Field({ description: 'Given name(s).' })
  givenName!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Family name.' })
  familyName!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Contact e-mail.' })
  email?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  phone?: string | null;

  @Property({ type: ArrayType })
  @Index({ type: 'gin' })
  @Field(() => [String], { description: 'Languages spoken, as ISO 639-1 codes.' })
  languages!: string[];

  @Property({ type: ArrayType })
  @Field(() => [String], { description: 'Skills, e.g. "driving", "tax forms", "furniture assembly".' })
  skills!: string[];

  @Property({ type: ArrayType })
  @Field(() => [String], {
    description: 'Weekly availability as slots "MON_MORNING" … "SUN_EVENING" (MORNING, AFTERNOON, EVENING).',
  })
  availability!: string[];

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'Day the volunteer joined the agency.' })
  joinedOn!: string;
}
