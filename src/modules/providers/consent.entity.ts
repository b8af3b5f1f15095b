import { ArrayType, Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { Person } from '../people/person.entity';
import { Provider } from './provider.entity';
import { CasePurpose } from './providers.enums';

/** A person's consent that a recipient organisation may process their data for some purposes. */
@Entity({ tableName: 'consent' })
@Check({ name: 'consent_range_valid', expression: 'revoked_on is null or revoked_on >= given_on' })
@ObjectType({
  implements: NodeEntity,
  description:
    "A person's consent that an organisation may process their data for the listed purposes (GDPR Art. 6 (1) a).",
})
export class Consent extends NodeEntity {
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  @Index()
  person!: Person;

  @ManyToOne(() => Provider)
  @Index()
  recipient!: Provider;

  // Rendered per audience (ConsentResolver): health counselling is special-category data.
  @Property({ type: ArrayType })
  purposes!: CasePurpose[];

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'Day the consent was given.' })
  givenOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'Day the consent was revoked; null while it holds.' })
  revokedOn?: string | null;
}
