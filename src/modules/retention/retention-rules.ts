/**
 * Retention periods per data category, as data. Each rule says which records have expired as of a day
 * (SQL returning their IDs, with the day as the only parameter `?`), and whether they are deleted or
 * pseudonymised. Periods are this project's defaults for the demo city; a real deployment takes them
 * from its record-retention schedule (Aktenplan / Löschkonzept) and states the source here.
 */
export type RetentionAction = 'DELETE' | 'PSEUDONYMISE';

export interface RetentionRule {
  id: string;
  category: string;
  entityType: 'Need' | 'Appointment' | 'Consent' | 'CaseAssignment' | 'Person';
  table: string;
  action: RetentionAction;
  period: string;
  reason: string;
  /** IDs of expired records; `?` is the day retention runs for. */
  expiredSql: string;
}

export const retentionRules: RetentionRule[] = [
  {
    id: 'needs-ended',
    category: 'SPECIAL_CATEGORY',
    entityType: 'Need',
    table: 'need',
    action: 'DELETE',
    period: '1 year after the need ended',
    reason: 'GDPR Art. 5 (1) e, Art. 9: health and vulnerability data only as long as the case needs it.',
    expiredSql: `select id from need where ends_on is not null and ends_on < (?::date - interval '1 year')`,
  },
  {
    id: 'appointments-past',
    category: 'VOLUNTEERING',
    entityType: 'Appointment',
    table: 'appointment',
    action: 'DELETE',
    period: '2 years after the appointment',
    reason: 'Appointments serve the case only around their date (GDPR Art. 5 (1) e).',
    expiredSql: `select id from appointment where starts_at < (?::date - interval '2 years')`,
  },
  {
    id: 'consents-revoked',
    category: 'CASES',
    entityType: 'Consent',
    table: 'consent',
    action: 'DELETE',
    period: '3 years after revocation',
    reason: 'Proof of a past consent is kept for the regular limitation period (§ 195 BGB), then deleted.',
    expiredSql: `select id from consent where revoked_on is not null and revoked_on < (?::date - interval '3 years')`,
  },
  {
    id: 'case-assignments-ended',
    category: 'CASES',
    entityType: 'CaseAssignment',
    table: 'case_assignment',
    action: 'DELETE',
    period: '3 years after the mandate ended',
    reason: 'Mandates are kept for the regular limitation period (§ 195 BGB), then deleted.',
    expiredSql: `select id from case_assignment where coalesce(least(ended_on, mandate_until), mandate_until) < (?::date - interval '3 years')`,
  },
  {
    id: 'people-housed-long-ago',
    category: 'COMPOSITION',
    entityType: 'Person',
    table: 'person',
    action: 'PSEUDONYMISE',
    period: '5 years after the household moved into a private flat, without an open case since',
    reason:
      'Once a household lives privately for years and no provider serves it, only pseudonymous records remain for statistics (GDPR Art. 5 (1) e, Art. 89).',
    expiredSql: `select p.id from person p where p.given_name <> 'pseudonymised'
      and exists (select 1 from tenancy t where t.household_id = p.household_id and t.moved_in_on < (?::date - interval '5 years'))
      and not exists (select 1 from stay s where s.person_id = p.id and s.ends_on is null)
      and not exists (select 1 from case_assignment ca where ca.household_id = p.household_id
        and ca.mandate_until >= (?::date - interval '5 years'))`,
  },
];

/** How a pseudonymised person looks: no name, no contact, no special categories, birth year only. */
export const PSEUDONYMISE_PERSON_SQL = `update person set given_name = 'pseudonymised', family_name = 'pseudonymised',
  phone = null, email = null, religion = null, ethnicity = null, asylum_reasons = null, disability_degree = null,
  birth_date = date_trunc('year', birth_date)::date where id = any(?::int[])`;
