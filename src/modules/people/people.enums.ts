import { registerEnumType } from 'type-graphql';

export enum MemberRelation {
  HEAD = 'HEAD',
  PARTNER = 'PARTNER',
  CHILD = 'CHILD',
  OTHER = 'OTHER',
}
registerEnumType(MemberRelation, {
  name: 'MemberRelation',
  description: "A person's relation to the head of their household.",
});

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  DIVERSE = 'DIVERSE',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(Sex, { name: 'Sex', description: 'Sex as recorded by the registration office.' });

export enum BenefitRegime {
  ASYLBLG_BASIC = 'ASYLBLG_BASIC',
  ASYLBLG_ANALOG = 'ASYLBLG_ANALOG',
  SGB_II = 'SGB_II',
  SGB_XII = 'SGB_XII',
}
registerEnumType(BenefitRegime, {
  name: 'BenefitRegime',
  description: 'The law under which a household receives subsistence benefits.',
  valuesConfig: {
    ASYLBLG_BASIC: {
      description: 'Basic benefits under § 3 Asylbewerberleistungsgesetz (AsylbLG, asylum seekers’ benefits act).',
    },
    ASYLBLG_ANALOG: {
      description: '“Analogleistungen” under § 2 AsylbLG: benefits like SGB XII after the waiting period.',
    },
    SGB_II: { description: 'Bürgergeld for people able to work (Sozialgesetzbuch II), paid by the Jobcenter.' },
    SGB_XII: { description: 'Social assistance for people unable to work (Sozialgesetzbuch XII).' },
  },
});

export enum LegalStatusKind {
  ASYLUM_PROCEDURE = 'ASYLUM_PROCEDURE',
  TOLERATED = 'TOLERATED',
  RESIDENCE_PERMIT = 'RESIDENCE_PERMIT',
  TEMPORARY_PROTECTION = 'TEMPORARY_PROTECTION',
  SETTLEMENT_PERMIT = 'SETTLEMENT_PERMIT',
  PERMANENT_RESIDENCE_EU = 'PERMANENT_RESIDENCE_EU',
}
registerEnumType(LegalStatusKind, {
  name: 'LegalStatusKind',
  description: 'The kind of residence document; the paragraph says on which legal ground it was issued.',
  valuesConfig: {
    ASYLUM_PROCEDURE: {
      description: 'Aufenthaltsgestattung: permission to stay during the asylum procedure (§ 55 AsylG).',
    },
    TOLERATED: { description: 'Duldung: temporary suspension of deportation (§ 60a AufenthG).' },
    RESIDENCE_PERMIT: {
      description: 'Aufenthaltserlaubnis: a residence permit, e.g. § 25 (1)/(2) AufenthG after recognition.',
    },
    TEMPORARY_PROTECTION: {
      description: 'Residence permit for temporary protection (§ 24 AufenthG, e.g. people from Ukraine).',
    },
    SETTLEMENT_PERMIT: { description: 'Niederlassungserlaubnis: a permanent settlement permit.' },
    PERMANENT_RESIDENCE_EU: { description: 'Erlaubnis zum Daueraufenthalt-EU: permanent EU residence.' },
  },
});

export enum OccupationKind {
  SCHOOL = 'SCHOOL',
  VOCATIONAL_PREPARATION = 'VOCATIONAL_PREPARATION',
  VOCATIONAL_TRAINING = 'VOCATIONAL_TRAINING',
  STUDY = 'STUDY',
  JOB = 'JOB',
  INTEGRATION_COURSE = 'INTEGRATION_COURSE',
}
registerEnumType(OccupationKind, {
  name: 'OccupationKind',
  description: 'School, training or work a person is in.',
  valuesConfig: {
    VOCATIONAL_PREPARATION: {
      description: 'A vocational-preparation measure (Berufsvorbereitung), e.g. BvB or an Einstiegsqualifizierung.',
    },
    INTEGRATION_COURSE: { description: 'Integrationskurs: language and orientation course (§ 43 AufenthG).' },
  },
});

export enum LanguageLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
  NATIVE = 'NATIVE',
}
registerEnumType(LanguageLevel, {
  name: 'LanguageLevel',
  description: 'Command of a language on the Common European Framework of Reference scale, or native.',
});

export enum NeedCategory {
  DISABILITY = 'DISABILITY',
  SERIOUS_ILLNESS = 'SERIOUS_ILLNESS',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  PTSD = 'PTSD',
  PREGNANCY = 'PREGNANCY',
  SURVIVOR_OF_VIOLENCE = 'SURVIVOR_OF_VIOLENCE',
  TRAFFICKING_VICTIM = 'TRAFFICKING_VICTIM',
  LGBTI = 'LGBTI',
  UNACCOMPANIED_MINOR = 'UNACCOMPANIED_MINOR',
  CONFLICT = 'CONFLICT',
  STEP_FREE_ACCESS = 'STEP_FREE_ACCESS',
}
registerEnumType(NeedCategory, {
  name: 'NeedCategory',
  description: 'A need or vulnerability. Most are special-category data (GDPR Art. 9; conflicts may be Art. 10 data).',
  valuesConfig: {
    SURVIVOR_OF_VIOLENCE: { description: 'Survivor of torture, rape or other serious violence.' },
    CONFLICT: { description: 'A conflict in communal accommodation that moving to another site cannot solve.' },
    STEP_FREE_ACCESS: { description: 'Needs a step-free flat (mobility).' },
  },
});
