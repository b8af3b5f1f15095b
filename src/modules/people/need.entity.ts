import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { Person } from './person.entity';
import { NeedCategory } from './people.enums';

/** A need or vulnerability recorded for a person. Special-category data: see the policy table. */
@Entity({ tableName: 'need' })
@ObjectType({
  implements: NodeEntity,
  description: 'A need or vulnerability of a person (special-category data under GDPR Art. 9/10).',
})
export class Need extends NodeEntity {
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  @Index()
  person!: Person;

  @Enum({ items: () => NeedCategory })
  @Field(() => NeedCategory, { description: 'Category of the need.' })
  category!: NeedCategory;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Details, e.g. a diagnosis or what the conflict is about.' })
  details?: string | null;

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'Date the need was recorded or assessed.' })
  recordedOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Date the need ended (e.g. after a pregnancy); null while it holds.',
  })
  endsOn?: string | null;
}
