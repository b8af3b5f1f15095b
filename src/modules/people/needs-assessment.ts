import { addDays } from '../../domain';
import type { Person } from './person.entity';

/**
 * EU reception directive (2013/33 Art. 22, 2024/1346 Art. 25): special reception needs are assessed within
 * 30 days. Counted as § 187 Abs. 1 BGB counts: from the day after arrival, so the last day is arrival + 30.
 */
export const NEEDS_ASSESSMENT_DAYS = 30;

export interface NeedsAssessmentState {
  dueOn: string;
  assessedOn: string | null;
  overdue: boolean;
}

export function needsAssessmentOf(person: Person, today: string): NeedsAssessmentState {
  const dueOn = addDays(person.arrivedOn, NEEDS_ASSESSMENT_DAYS);
  const assessedOn = person.needsAssessedOn ?? null;
  return { dueOn, assessedOn, overdue: assessedOn === null && today > dueOn };
}
