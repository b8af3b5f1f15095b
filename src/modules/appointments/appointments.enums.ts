import { registerEnumType } from 'type-graphql';

export enum AppointmentKind {
  AUTHORITY_VISIT = 'AUTHORITY_VISIT',
  FLAT_VIEWING = 'FLAT_VIEWING',
  COUNSELLING = 'COUNSELLING',
  MEDICAL = 'MEDICAL',
  SCHOOL = 'SCHOOL',
}
registerEnumType(AppointmentKind, {
  name: 'AppointmentKind',
  description: 'What an appointment is for: a visit to an authority, a flat viewing, counselling, …',
});
