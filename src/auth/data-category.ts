/** The data categories the policy table grants; every type and field of the graph belongs to one. */
export enum DataCategory {
  /** Shapes of the graph itself: connections, edges, page info, payloads, Node. Visible where their content is. */
  STRUCTURE = 'STRUCTURE',
  /** Sites, units, beds, capacity, areas, demographic figures, providers: no personal data. */
  NON_PERSONAL = 'NON_PERSONAL',
  /** Flats offered by private landlords (the landlord's name is personal data of the landlord). */
  OFFERS = 'OFFERS',
  /** Who belongs to a household: names, relation, age, arrival. */
  COMPOSITION = 'COMPOSITION',
  /** Phone and e-mail. */
  CONTACT = 'CONTACT',
  LANGUAGES = 'LANGUAGES',
  /** Residence documents, benefit regime, ability to work, country of origin. */
  LEGAL_STATUS = 'LEGAL_STATUS',
  /** School, training, jobs, income. */
  EDUCATION_AND_WORK = 'EDUCATION_AND_WORK',
  /** GDPR Art. 9/10: health, disability, pregnancy, trauma, sexual orientation, religion, ethnicity, asylum reasons, conflicts. */
  SPECIAL_CATEGORY = 'SPECIAL_CATEGORY',
  /** Where a person sleeps or lives: stays, tenancies, time in communal accommodation. */
  ACCOMMODATION_HISTORY = 'ACCOMMODATION_HISTORY',
  /** Case assignments and consents. */
  CASES = 'CASES',
  /** Volunteers, their groups and assignments, appointments. */
  VOLUNTEERING = 'VOLUNTEERING',
  /** Priority score and tier (not the facts behind them). */
  PRIORITY = 'PRIORITY',
  /** The facts behind a priority: criteria, vulnerabilities. Special-category in substance. */
  PRIORITY_REASONS = 'PRIORITY_REASONS',
  /** What housing support a household can get, as outcomes. */
  ELIGIBILITY = 'ELIGIBILITY',
  /**
   * Eligibility beyond what partners may see (DOMAIN.md: WBS yes/no with expiry, rent ceiling, flat size):
   * deposit, moving costs, furnishing, the regime and the reasons behind each answer, the income.
   */
  ELIGIBILITY_DETAILS = 'ELIGIBILITY_DETAILS',
  /** The ranked queue and flat matching over all households: for roles that see every household. */
  QUEUE_AND_MATCHING = 'QUEUE_AND_MATCHING',
  /** Counts over many households with small groups suppressed: what planners see of people. */
  AGGREGATES = 'AGGREGATES',
  /** Who read or changed what (the audit log). */
  AUDIT = 'AUDIT',
  /** Running the hub: API keys, catalogues, retention. */
  ADMINISTRATION = 'ADMINISTRATION',
}
