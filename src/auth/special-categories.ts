import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseAssignment } from '../modules/providers/case-assignment.entity';
import { Consent } from '../modules/providers/consent.entity';
import { CasePurpose } from '../modules/providers/providers.enums';
import { DataCategory } from './field-categories';
import type { Grant } from './policy';
import type { Viewer } from './viewer';

/** Case purposes that are health data (GDPR Art. 9): that a household gets health counselling. */
export const HEALTH_CASE_PURPOSES: readonly CasePurpose[] = [CasePurpose.HEALTH_COUNSELLING];

/** Whether the grant reaches special categories; where not, their traces are rendered neutrally or hidden. */
export function readsSpecialCategories(grant: Grant): boolean {
  return grant.read.includes(DataCategory.SPECIAL_CATEGORY);
}

/**
 * A health-counselling mandate or a consent given only for health counselling is special-category
 * data by its purpose (and its provider's name, e.g. a psychosocial centre, says the rest). An audience
 * that may not read special categories does not see such rows, except those of its own organisation,
 * which counsels the household itself. The rows are filtered like hidden rows: absent from every list.
 */
export function hideHealthCaseRows(em: EntityManager, viewer: Viewer, grant: Grant): void {
  if (readsSpecialCategories(grant)) return;
  const own = viewer.organisationId ?? 0;
  em.addFilter(
    'no health case assignments',
    { $or: [{ provider: own }, { purpose: { $nin: [...HEALTH_CASE_PURPOSES] } }] },
    CaseAssignment,
  );
  em.addFilter(
    'no health-only consents',
    { $or: [{ recipient: own }, { purposes: { $overlap: nonHealthPurposes() } }] },
    Consent,
  );
}

/** The purposes of a consent an audience sees: without health counselling unless it may read it or is the recipient. */
export function visiblePurposes(consent: Consent, viewer: Viewer, grant: Grant): CasePurpose[] {
  if (readsSpecialCategories(grant) || consent.recipient.id === viewer.organisationId) return consent.purposes;
  return consent.purposes.filter((p) => !HEALTH_CASE_PURPOSES.includes(p));
}

function nonHealthPurposes(): CasePurpose[] {
  return Object.values(CasePurpose).filter((p) => !HEALTH_CASE_PURPOSES.includes(p));
}
