import type { Grant } from '../../auth/policy';
import { readsSpecialCategories } from '../../auth/special-categories';
import type { Appointment } from './appointment.entity';
import { AppointmentKind } from './appointments.enums';

/** Kinds that reveal health (GDPR Art. 9): a medical appointment, counselling that can be psychosocial. */
export const HEALTH_REVEALING_KINDS: readonly AppointmentKind[] = [
  AppointmentKind.MEDICAL,
  AppointmentKind.COUNSELLING,
];

/** Where such an appointment takes place, as audiences without special categories read it (a practice's name would tell). */
export const WITHHELD_LOCATION = 'Withheld (health data): the case manager gives the address to the escort.';

function revealsHealthTo(appointment: Appointment, grant: Grant): boolean {
  return HEALTH_REVEALING_KINDS.includes(appointment.kind) && !readsSpecialCategories(grant);
}

/** The kind an audience sees: ACCOMPANIMENT instead of a health-revealing kind where it may not read special categories. */
export function kindFor(appointment: Appointment, grant: Grant): AppointmentKind {
  return revealsHealthTo(appointment, grant) ? AppointmentKind.ACCOMPANIMENT : appointment.kind;
}

export function locationFor(appointment: Appointment, grant: Grant): string {
  return revealsHealthTo(appointment, grant) ? WITHHELD_LOCATION : appointment.location;
}

/** The stored kinds a filter value stands for: ACCOMPANIMENT is the neutral name of the health-revealing ones. */
export function storedKinds(kinds: AppointmentKind[]): AppointmentKind[] {
  return [...new Set(kinds.flatMap((k) => (k === AppointmentKind.ACCOMPANIMENT ? HEALTH_REVEALING_KINDS : [k])))];
}
