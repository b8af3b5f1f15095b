import { registerEnumType } from 'type-graphql';

/** What a caseworker decided on: a household's priority or its match to a flat. */
export enum DecisionKind {
  PRIORITY = 'PRIORITY',
  MATCH = 'MATCH',
}
registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  description: 'What a caseworker decision is about: the priority of a household or the flat proposed to it.',
  valuesConfig: {
    PRIORITY: { description: 'The priority score and tier of a household in the queue for private flats.' },
    MATCH: { description: 'Which open apartment offer (or none) a household gets in this round.' },
  },
});

/** GDPR Art. 22: the service proposes, a person confirms or overrides. */
export enum DecisionAction {
  CONFIRM = 'CONFIRM',
  OVERRIDE = 'OVERRIDE',
}
registerEnumType(DecisionAction, {
  name: 'DecisionAction',
  description:
    'Whether the caseworker kept the proposal or replaced it (GDPR Art. 22: a person decides, the service only proposes).',
  valuesConfig: {
    CONFIRM: { description: 'The proposal is kept as it is.' },
    OVERRIDE: { description: 'The proposal is replaced by another outcome; a reason is mandatory.' },
  },
});
