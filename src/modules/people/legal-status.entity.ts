import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../server/relay/node';
import { Person } from './person.entity';
import { LegalStatusKind } from './people.enums';

/** One residence document in a person's history; the benefit regime is derived from this history. */
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
  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day the document is valid; null when open-ended.' })
  validUntil?: string | null;

  @Property({ type: 'text' })
  @Field({ description: 'Authority that issued the document, e.g. "Ausländerbehörde Osnabrück" or "BAMF".' })
  issuingAuthority!: string;
}
