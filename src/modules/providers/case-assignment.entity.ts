import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { Household } from '../people/household.entity';
import { Provider } from './provider.entity';
import { CasePurpose } from './providers.enums';

/** A provider serves a household for a purpose during a mandate period that expires. */
@Entity({ tableName: 'case_assignment' })
@Check({ name: 'case_assignment_mandate_valid', expression: 'mandate_until >= mandate_from' })
@ObjectType({
  implements: NodeEntity,
  description:
    'A provider serves a household for a purpose during a mandate period; access ends when the mandate does.',
})
export class CaseAssignment extends NodeEntity {
  @ManyToOne(() => Provider)
  @Index()
  provider!: Provider;

  @ManyToOne(() => Household, { deleteRule: 'cascade' })
  @Index()
  household!: Household;

  @Enum({ items: () => CasePurpose })
  @Field(() => CasePurpose, { description: 'Purpose of the assignment.' })
  purpose!: CasePurpose;

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'First day of the mandate.' })
  mandateFrom!: string;

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'Last day of the mandate; it expires after this day.' })
  mandateUntil!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Day the assignment was ended early, if it was; from this day on the mandate no longer counts.',
  })
  endedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'A legal basis that allows the transfer of the members’ data without their consent (e.g. "§ 69 Abs. 1 Nr. 1 SGB X"); null when consent is needed.',
  })
  legalBasis?: string | null;
}
