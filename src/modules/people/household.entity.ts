import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { BenefitRegime } from './people.enums';

/** People who live and move together; the unit that is placed in beds and moves into a flat. */
@Entity({ tableName: 'household' })
@ObjectType({
  implements: NodeEntity,
  description: 'People who live and move together: placed together in communal accommodation, then into one flat.',
})
export class Household extends NodeEntity {
  @Property({ type: 'text', unique: true })
  @Field({ description: 'Human-readable case reference, e.g. "HH-000123".' })
  reference!: string;

  @Property({ type: 'date' })
  @Index()
  @Field(() => LocalDateResolver, { description: 'Date the household arrived in the city.' })
  arrivedOn!: string;

  @Enum({ items: () => BenefitRegime })
  @Index()
  @Field(() => BenefitRegime, {
    description:
      "Regime under which the benefits office currently pays the household: the head's regime, recomputed from the legal statuses whenever one is recorded, corrected or ended (Person.benefitRegime derives it for any day). It also decides the data-protection regime: social secrecy for SGB II/XII, GDPR and the Lower Saxony data-protection act for AsylbLG.",
  })
  benefitRegime!: BenefitRegime;

  @Property({ type: 'date', nullable: true })
  @Index()
  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'Date the household entered communal accommodation (Gemeinschaftsunterkunft); null once it lives in a private flat or before its first placement.',
  })
  communalSince?: string | null;
}
