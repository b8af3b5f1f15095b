import { registerEnumType } from 'type-graphql';

/** The three formats in which the volunteer agency organises volunteers. */
export enum VolunteerGroupFormat {
  LANGUAGE_SUPPORT = 'LANGUAGE_SUPPORT',
  RAPID_RESPONSE = 'RAPID_RESPONSE',
  LIAISON = 'LIAISON',
}
registerEnumType(VolunteerGroupFormat, {
  name: 'VolunteerGroupFormat',
  description: 'Format of a volunteer group at the volunteer agency (Freiwilligen-Agentur).',
  valuesConfig: {
    LANGUAGE_SUPPORT: { description: 'Language support (Sprachförderung).' },
    RAPID_RESPONSE: { description: 'Rapid-response group (schnelle Einsatzgruppe).' },
    LIAISON: { description: 'Liaison volunteers (Verbindungslotsen) between professionals and other volunteers.' },
  },
});
