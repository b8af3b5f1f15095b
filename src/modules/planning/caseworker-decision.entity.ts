import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { Household } from '../people/household.entity';
import { DecisionAction, DecisionKind } from './planning.enums';

/**
 * A caseworker's confirmation or override of a proposed priority or match (GDPR Art. 22). Rows are
 * only ever inserted: the record of who decided what, when, under which rule version, from which input.
 */
@Entity({ tableName: 'caseworker_decision' })
// The database, not only the code, refuses an override without a reason.
@Check({
  name: 'caseworker_decision_override_reason',
  expression: "action <> 'OVERRIDE' or coalesce(btrim(reason), '') <> ''",
})
@ObjectType({
  implements: NodeEntity,
  description:
    'A caseworker confirmed or overrode what the service proposed for a household (GDPR Art. 22: a person decides). Never changed after it is recorded.',
})
export class CaseworkerDecision extends NodeEntity {
  @ManyToOne(() => Household, { deleteRule: 'cascade' })
  @Index()
  household!: Household;

  @Enum({ items: () => DecisionKind })
  @Field(() => DecisionKind, { description: 'Whether the decision is about the priority or the match.' })
  kind!: DecisionKind;

  @Enum({ items: () => DecisionAction })
  @Field(() => DecisionAction, { description: 'Confirmed or overridden.' })
  action!: DecisionAction;

  /** What the service proposed: `{ score, tierId }` or `{ offerId }` (offer as database id or null). */
  @Property({ type: 'json' })
  proposed!: Record<string, unknown>;

  /** What the caseworker decided, same shape as `proposed`. */
  @Property({ type: 'json' })
  decided!: Record<string, unknown>;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Why the proposal was overridden (mandatory for OVERRIDE), or a remark on a confirmation.',
  })
  reason?: string | null;

  @Property({ type: 'text' })
  @Field({
    description:
      'Identifier of the rule set the proposal was computed with, e.g. the criteria catalogue id "osnabrueck".',
  })
  ruleId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Version of that rule set, e.g. catalogue version "2013.1".' })
  ruleVersion!: string;

  @Property({ type: 'text' })
  @Field({
    description: 'Who decided (for now the name given in the mutation; the authenticated user once login exists).',
  })
  decidedBy!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Role in which the person decided, e.g. "caseworker".' })
  decidedByRole!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Organisation the person decided for.' })
  decidedByOrganisation!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeISOResolver, { description: 'When the decision was recorded.' })
  decidedAt!: Date;

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, {
    description: 'The date the proposal was computed for (rules and facts as of this day).',
  })
  asOf!: string;

  @Property({ type: 'json' })
  @Field(() => JSONResolver, {
    description:
      'The facts the proposal was computed from, kept for accountability. Contains special-category data (needs, vulnerabilities: GDPR Art. 9).',
  })
  inputSnapshot!: unknown;
}
