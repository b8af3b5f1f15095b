import { registerEnumType } from 'type-graphql';

/** Mirrors the domain's HousingBenefitKind, EligibilityOutcome, BenefitForm and authority codes. */
export enum HousingBenefitKind {
  WBS = 'WBS',
  KAUTION = 'KAUTION',
  UMZUGSKOSTEN = 'UMZUGSKOSTEN',
  ERSTAUSSTATTUNG = 'ERSTAUSSTATTUNG',
}
registerEnumType(HousingBenefitKind, {
  name: 'HousingBenefitKind',
  description: 'The four short-term levers that help a household into a private flat.',
  valuesConfig: {
    WBS: {
      description:
        'Wohnberechtigungsschein: housing entitlement certificate, needed for subsidised flats (§ 8 NWoFG in Niedersachsen).',
    },
    KAUTION: { description: 'Rent deposit taken over by the benefits authority, usually as a loan.' },
    UMZUGSKOSTEN: { description: 'Moving costs (van, helpers), usually a grant.' },
    ERSTAUSSTATTUNG: { description: 'Initial furnishing of the first own flat (furniture, household goods).' },
  },
});

export enum EligibilityOutcome {
  ELIGIBLE = 'ELIGIBLE',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  DISCRETIONARY = 'DISCRETIONARY',
  NEEDS_PRIOR_APPROVAL = 'NEEDS_PRIOR_APPROVAL',
  UNDETERMINED = 'UNDETERMINED',
}
registerEnumType(EligibilityOutcome, {
  name: 'EligibilityOutcome',
  description: 'What the law says about a benefit for this household.',
  valuesConfig: {
    ELIGIBLE: { description: 'Entitled, subject to the listed conditions.' },
    NOT_ELIGIBLE: { description: 'Not entitled; the reasons say why.' },
    DISCRETIONARY: { description: 'The authority decides in its discretion (Ermessen).' },
    NEEDS_PRIOR_APPROVAL: {
      description: 'Entitled only with prior approval (Zusicherung/Zustimmung) before the lease is signed.',
    },
    UNDETERMINED: { description: 'Cannot be decided from the recorded facts (e.g. no legal status on the day).' },
  },
});

export enum BenefitForm {
  GRANT = 'GRANT',
  LOAN = 'LOAN',
  PERMIT = 'PERMIT',
}
registerEnumType(BenefitForm, {
  name: 'BenefitForm',
  description: 'How a benefit is given.',
  valuesConfig: {
    GRANT: { description: 'Beihilfe: money that need not be paid back.' },
    LOAN: { description: 'Darlehen: money paid back, e.g. by monthly deduction from the standard rate.' },
    PERMIT: { description: 'A permission, not money (the WBS).' },
  },
});

export enum ResponsibleAuthorityCode {
  JOBCENTER_NEW_PLACE = 'JOBCENTER_NEW_PLACE',
  JOBCENTER_UNTIL_MOVE = 'JOBCENTER_UNTIL_MOVE',
  SOCIAL_WELFARE_OFFICE = 'SOCIAL_WELFARE_OFFICE',
  ASYLBLG_AUTHORITY = 'ASYLBLG_AUTHORITY',
  WBS_AUTHORITY = 'WBS_AUTHORITY',
}
registerEnumType(ResponsibleAuthorityCode, {
  name: 'ResponsibleAuthorityCode',
  description: 'Which authority decides on a benefit.',
  valuesConfig: {
    JOBCENTER_NEW_PLACE: { description: 'The Jobcenter responsible for the new flat (SGB II).' },
    JOBCENTER_UNTIL_MOVE: { description: 'The Jobcenter responsible until the move (SGB II).' },
    SOCIAL_WELFARE_OFFICE: { description: 'The social welfare office (Sozialamt, SGB XII and AsylbLG § 2).' },
    ASYLBLG_AUTHORITY: { description: 'The authority paying benefits under the AsylbLG.' },
    WBS_AUTHORITY: { description: 'The municipal housing-promotion office issuing the WBS (§ 8 NWoFG).' },
  },
});

export enum FeasibilityCheckKind {
  SIZE = 'SIZE',
  RENT = 'RENT',
  STEP_FREE = 'STEP_FREE',
  WBS = 'WBS',
  RESIDENCE_OBLIGATION = 'RESIDENCE_OBLIGATION',
}
registerEnumType(FeasibilityCheckKind, {
  name: 'FeasibilityCheckKind',
  description: 'The five checks a household–flat pair must pass before it can be proposed.',
  valuesConfig: {
    SIZE: { description: 'The flat size is appropriate for the household (WBS flat-size table).' },
    RENT: {
      description:
        "The gross cold rent is within the ceiling for the household's benefit regime (Kosten der Unterkunft).",
    },
    STEP_FREE: { description: 'The flat is step-free where a member needs it.' },
    WBS: { description: 'The household can get a WBS where the flat requires one.' },
    RESIDENCE_OBLIGATION: {
      description: 'The residence obligation (Wohnsitzauflage, § 12a AufenthG) allows the place.',
    },
  },
});

export enum UnmatchedReason {
  NO_FEASIBLE_OFFER = 'NO_FEASIBLE_OFFER',
  OUTPRIORITISED = 'OUTPRIORITISED',
}
registerEnumType(UnmatchedReason, {
  name: 'UnmatchedReason',
  description: 'Why a household in the matching got no flat.',
  valuesConfig: {
    NO_FEASIBLE_OFFER: { description: 'No open offer passes all five checks.' },
    OUTPRIORITISED: {
      description: 'Its feasible offers went to other households in the assignment with the highest total priority.',
    },
  },
});

export enum LegalScope {
  ASYLBLG = 'ASYLBLG',
  SGB = 'SGB',
  UNDETERMINED = 'UNDETERMINED',
}
registerEnumType(LegalScope, {
  name: 'LegalScope',
  description: 'Which body of law covers a person: the AsylbLG or the social codes (SGB II/XII).',
  valuesConfig: {
    ASYLBLG: { description: 'Asylbewerberleistungsgesetz (asylum seekers’ benefits act).' },
    SGB: { description: 'Sozialgesetzbuch II or XII.' },
    UNDETERMINED: { description: 'No legal status on record for the day.' },
  },
});
