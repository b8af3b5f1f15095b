import { registerEnumType } from 'type-graphql';

export enum AppointmentKind {
  AUTHORITY_VISIT = 'AUTHORITY_VISIT',
  FLAT_VIEWING = 'FLAT_VIEWING',
  COUNSELLING = 'COUNSELLING',
  MEDICAL = 'MEDICAL',
  SCHOOL = 'SCHOOL',
  /** Never stored: how MEDICAL and COUNSELLING appear to audiences that may not read special categories. */
  ACCOMPANIMENT = 'ACCOMPANIMENT',
}
registerEnumType(AppointmentKind, {
  name: 'AppointmentKind',
  description: 'What an appointment is for: a visit to an authority, a flat viewing, counselling, …',
  valuesConfig: {
    ACCOMPANIMENT: {
      description:
        'An appointment whose nature is health data (medical or counselling), as audiences without special categories see it: only time, language and that it needs an escort. Cannot be recorded.',
    },
  },
});
