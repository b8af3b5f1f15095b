import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../graph/relay/node';
import { Person } from './person.entity';
import { LanguageLevel } from './people.enums';

/** A language a person speaks, with their level. */
@Entity({ tableName: 'person_language' })
@Unique({ properties: ['person', 'language'] })
@ObjectType({ implements: NodeEntity, description: 'A language a person speaks, with the level.' })
export class PersonLanguage extends NodeEntity {
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  @Index()
  person!: Person;

  @Property({ type: 'text' })
  @Field({ description: 'ISO 639-1 language code, e.g. "ar", "uk", "de".' })
  language!: string;

  @Enum({ items: () => LanguageLevel })
  @Field(() => LanguageLevel, { description: 'Level on the CEFR scale, or NATIVE.' })
  level!: LanguageLevel;
}
