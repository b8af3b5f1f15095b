import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../graph/relay/node';
import { Provider } from './provider.entity';
import { CasePurpose } from './providers.enums';

/** A service a provider offers, e.g. migration counselling or housing search. */
@Entity({ tableName: 'provider_service' })
@ObjectType({ implements: NodeEntity, description: 'A service a provider offers.' })
export class ProviderService extends NodeEntity {
  @ManyToOne(() => Provider, { deleteRule: 'cascade' })
  @Index()
  provider!: Provider;

  @Enum({ items: () => CasePurpose })
  @Field(() => CasePurpose, { description: 'The purpose this service serves.' })
  purpose!: CasePurpose;

  @Property({ type: 'text' })
  @Field({ description: 'Name of the service, e.g. "Migrationsberatung für Erwachsene (MBE)".' })
  name!: string;
}
