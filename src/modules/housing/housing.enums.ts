import { registerEnumType } from 'type-graphql';

export enum OfferStatus {
  OPEN = 'OPEN',
  TAKEN = 'TAKEN',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(OfferStatus, {
  name: 'OfferStatus',
  description: 'OPEN: can be let; TAKEN: a household moved in; WITHDRAWN: the landlord took it back.',
});
