import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../src/db/orm';
import { Area } from '../../src/modules/demography/area.entity';
import { AreaKind, DemographicIndicator } from '../../src/modules/demography/demography.enums';
import { DemographicObservation } from '../../src/modules/demography/demographic-observation.entity';
import { Provider } from '../../src/modules/providers/provider.entity';
import { ProviderKind, CasePurpose } from '../../src/modules/providers/providers.enums';
import { CaseAssignment } from '../../src/modules/providers/case-assignment.entity';
import { Consent } from '../../src/modules/providers/consent.entity';
import { Site } from '../../src/modules/accommodation/site.entity';
import { Unit } from '../../src/modules/accommodation/unit.entity';
import { Bed } from '../../src/modules/accommodation/bed.entity';
import { Stay } from '../../src/modules/accommodation/stay.entity';
import { Household } from '../../src/modules/people/household.entity';
import { Person } from '../../src/modules/people/person.entity';
import { LegalStatus } from '../../src/modules/people/legal-status.entity';
import {
  BenefitRegime,
  LegalStatusKind,
  MemberRelation,
  NeedCategory,
  OccupationKind,
  Sex,
} from '../../src/modules/people/people.enums';
import { Occupation } from '../../src/modules/people/occupation.entity';
import { Need } from '../../src/modules/people/need.entity';
import { ApartmentOffer } from '../../src/modules/housing/apartment-offer.entity';
import { OfferStatus } from '../../src/modules/housing/housing.enums';
import { Tenancy } from '../../src/modules/housing/tenancy.entity';
import { Volunteer } from '../../src/modules/volunteers/volunteer.entity';
import { VolunteerGroup } from '../../src/modules/volunteers/volunteer-group.entity';
import { VolunteerGroupMembership } from '../../src/modules/volunteers/volunteer-group-membership.entity';
import { VolunteerGroupFormat } from '../../src/modules/volunteers/volunteers.enums';
import { VolunteerAssignment } from '../../src/modules/volunteers/volunteer-assignment.entity';
import { Appointment } from '../../src/modules/appointments/appointment.entity';
import { AppointmentKind } from '../../src/modules/appointments/appointments.enums';

/** Seed builders for black-box tests: each writes through the ORM and returns what it made. */
export class Builders {
  private counter = 0;
  readonly em: EntityManager;

  constructor(orm: Orm) {
    this.em = orm.em.fork();
  }

  private next(): number {
    this.counter += 1;
    return this.counter;
  }

  private deferFlush = false;

  /**
   * Runs `build` with the builders' flushes deferred to one flush at the end: a large fixture is written
   * in a few multi-row inserts instead of one round of statements (and audit entries) per builder call.
   * Entities have no IDs until `build` has returned.
   */
  async batch<T>(build: () => Promise<T>): Promise<T> {
    this.deferFlush = true;
    const result = await build().finally(() => (this.deferFlush = false));
    await this.em.flush();
    return result;
  }

  private async flush(): Promise<void> {
    if (!this.deferFlush) await this.em.flush();
  }

  async area(name = `District ${this.next()}`, parent?: Area): Promise<Area> {
    const area = this.em.create(Area, {
      code: `03404000-${this.next()}`,
      name,
      kind: parent ? AreaKind.DISTRICT : AreaKind.CITY,
      parent,
    });
    await this.flush();
    return area;
  }

  async observation(
    area: Area,
    indicator: DemographicIndicator,
    year: number,
    value: number,
  ): Promise<DemographicObservation> {
    const observation = this.em.create(DemographicObservation, {
      area,
      indicator,
      year,
      value,
      unit: 'persons',
      source: 'test',
      synthetic: true,
    });
    await this.flush();
    return observation;
  }

  async provider(name = `Provider ${this.next()}`, kind = ProviderKind.WELFARE_ORGANISATION): Promise<Provider> {
    const provider = this.em.create(Provider, { name, kind, email: 'team@example.org' });
    await this.flush();
    return provider;
  }

  /** A site with `beds` beds, spread over units of four. */
  async site(
    district: Area,
    beds: number,
    options: { operator?: Provider; blocked?: number } = {},
  ): Promise<{ site: Site; beds: Bed[] }> {
    const site = this.em.create(Site, {
      name: `Site ${this.next()}`,
      address: 'Teststraße 1',
      district,
      operator: options.operator,
      openedOn: '2016-01-01',
    });
    const created: Bed[] = [];
    let unit: Unit | undefined;
    for (let i = 0; i < beds; i++) {
      if (i % 4 === 0) unit = this.em.create(Unit, { site, name: `Unit ${i / 4 + 1}`, floor: 0, stepFree: true });
      const blocked = i < (options.blocked ?? 0);
      created.push(
        this.em.create(Bed, { unit: unit!, label: `Bed ${i + 1}`, blockedReason: blocked ? 'repairs' : null }),
      );
    }
    await this.flush();
    return { site, beds: created };
  }

  async household(
    members: number,
    options: { arrivedOn?: string; regime?: BenefitRegime; communalSince?: string | null } = {},
  ): Promise<{ household: Household; people: Person[] }> {
    const n = this.next();
    const arrivedOn = options.arrivedOn ?? '2023-05-01';
    const household = this.em.create(Household, {
      reference: `HH-T${String(n).padStart(5, '0')}`,
      arrivedOn,
      benefitRegime: options.regime ?? BenefitRegime.ASYLBLG_BASIC,
      communalSince: options.communalSince === undefined ? null : options.communalSince,
    });
    const people: Person[] = [];
    for (let i = 0; i < members; i++) {
      const person = this.em.create(Person, {
        household,
        relation: i === 0 ? MemberRelation.HEAD : i === 1 ? MemberRelation.PARTNER : MemberRelation.CHILD,
        givenName: `Given${n}-${i}`,
        familyName: `Family${n}`,
        birthDate: i < 2 ? '1988-03-04' : `201${i}-06-01`,
        sex: i % 2 ? Sex.FEMALE : Sex.MALE,
        countryOfOrigin: 'SY',
        arrivedOn,
        ableToWork: i < 2,
        religion: 'test-religion',
        asylumReasons: 'test-reasons',
      });
      this.em.create(LegalStatus, {
        person,
        kind: LegalStatusKind.ASYLUM_PROCEDURE,
        paragraph: '§ 55 AsylG',
        validFrom: arrivedOn,
        issuingAuthority: 'BAMF',
      });
      people.push(person);
    }
    await this.flush();
    return { household, people };
  }

  async stay(person: Person, bed: Bed, startsOn: string, endsOn: string | null = null): Promise<Stay> {
    const stay = this.em.create(Stay, { person, bed, startsOn, endsOn });
    await this.flush();
    return stay;
  }

  async offer(district: Area, overrides: Partial<ApartmentOffer> = {}): Promise<ApartmentOffer> {
    const offer = this.em.create(ApartmentOffer, {
      landlordName: 'Vermieter GmbH',
      address: `Wohnweg ${this.next()}`,
      district,
      livingSpaceSqm: 60,
      rooms: 2,
      grossColdRentCents: 65000,
      wbsRequired: false,
      stepFree: false,
      availableFrom: '2026-01-01',
      status: OfferStatus.OPEN,
      ...overrides,
    });
    await this.flush();
    return offer;
  }

  async tenancy(household: Household, apartment: ApartmentOffer, movedInOn: string): Promise<Tenancy> {
    const tenancy = this.em.create(Tenancy, { household, apartment, movedInOn });
    await this.flush();
    return tenancy;
  }

  async caseAssignment(
    provider: Provider,
    household: Household,
    mandateFrom = '2026-01-01',
    mandateUntil = '2027-12-31',
    purpose = CasePurpose.SOCIAL_WORK,
  ): Promise<CaseAssignment> {
    const assignment = this.em.create(CaseAssignment, { provider, household, purpose, mandateFrom, mandateUntil });
    await this.flush();
    return assignment;
  }

  async consent(person: Person, recipient: Provider, purposes = [CasePurpose.SOCIAL_WORK]): Promise<Consent> {
    const consent = this.em.create(Consent, { person, recipient, purposes, givenOn: '2026-01-01' });
    await this.flush();
    return consent;
  }

  async volunteer(languages: string[] = ['ar', 'de'], group?: VolunteerGroup): Promise<Volunteer> {
    const n = this.next();
    const volunteer = this.em.create(Volunteer, {
      givenName: `Vol${n}`,
      familyName: `Unteer${String(n).padStart(5, '0')}`,
      languages,
      skills: ['driving'],
      availability: ['MON_MORNING'],
      joinedOn: '2020-01-01',
    });
    if (group) this.em.create(VolunteerGroupMembership, { volunteer, group, since: '2020-01-01' });
    await this.flush();
    return volunteer;
  }

  async volunteerGroup(format = VolunteerGroupFormat.LANGUAGE_SUPPORT): Promise<VolunteerGroup> {
    const group = this.em.create(VolunteerGroup, { name: `Group ${this.next()}`, format });
    await this.flush();
    return group;
  }

  async volunteerAssignment(volunteer: Volunteer, household: Household): Promise<VolunteerAssignment> {
    const assignment = this.em.create(VolunteerAssignment, {
      volunteer,
      household,
      task: 'Begleitung',
      startsOn: '2026-01-01',
    });
    await this.flush();
    return assignment;
  }

  async appointment(household: Household, kind = AppointmentKind.AUTHORITY_VISIT): Promise<Appointment> {
    const appointment = this.em.create(Appointment, {
      household,
      kind,
      startsAt: new Date('2026-12-01T09:00:00Z'),
      location: 'Rathaus',
      interpreterLanguage: 'ar',
    });
    await this.flush();
    return appointment;
  }

  // ---- planning (issue 3): households described member by member, and many households at once ----

  /** A household whose members, documents, occupations and needs are given explicitly. */
  async planningHousehold(spec: PlanningHouseholdSpec): Promise<{ household: Household; people: Person[] }> {
    const result = this.createPlanningHousehold(spec);
    await this.flush();
    return result;
  }

  /** `count` households of `spec` written with one flush (for statement-count tests on long lists). */
  async planningHouseholds(count: number, spec: PlanningHouseholdSpec): Promise<Household[]> {
    const households: Household[] = [];
    for (let i = 0; i < count; i++) households.push(this.createPlanningHousehold(spec).household);
    await this.flush();
    return households;
  }

  private createPlanningHousehold(spec: PlanningHouseholdSpec): { household: Household; people: Person[] } {
    const n = this.next();
    const arrivedOn = spec.arrivedOn ?? '2023-05-01';
    const household = this.em.create(Household, {
      reference: `HH-P${String(n).padStart(6, '0')}`,
      arrivedOn,
      benefitRegime: spec.regime ?? BenefitRegime.ASYLBLG_BASIC,
      communalSince: spec.communalSince ?? null,
    });
    const people = spec.members.map((m, i) => {
      const person = this.em.create(Person, {
        household,
        relation: m.relation,
        givenName: `Given${n}-${i}`,
        familyName: `Family${n}`,
        birthDate: m.birthDate,
        sex: m.sex ?? Sex.MALE,
        countryOfOrigin: 'SY',
        arrivedOn: m.arrivedOn ?? arrivedOn,
        ableToWork: m.ableToWork ?? true,
        disabilityDegree: m.disabilityDegree ?? null,
      });
      const statuses = m.statuses ?? [
        { kind: LegalStatusKind.ASYLUM_PROCEDURE, paragraph: '§ 55 Abs. 1 AsylG', validFrom: m.arrivedOn ?? arrivedOn },
      ];
      for (const st of statuses) {
        this.em.create(LegalStatus, {
          person,
          kind: st.kind,
          paragraph: st.paragraph,
          validFrom: st.validFrom,
          validUntil: st.validUntil ?? null,
          issuingAuthority: 'BAMF',
        });
      }
      for (const o of m.occupations ?? []) {
        this.em.create(Occupation, {
          person,
          kind: o.kind,
          description: 'test',
          hoursPerWeek: o.hoursPerWeek ?? null,
          monthlyIncomeCents: o.monthlyIncomeCents ?? null,
          startsOn: o.startsOn ?? arrivedOn,
          endsOn: o.endsOn ?? null,
        });
      }
      for (const category of m.needs ?? [])
        this.em.create(Need, { person, category, recordedOn: arrivedOn, details: 'test details' });
      return person;
    });
    return { household, people };
  }

  // ---- access control (issue 4) ----

  /** A recorded need with details (special-category data). */
  async need(person: Person, category: NeedCategory, details: string): Promise<Need> {
    const need = this.em.create(Need, { person, category, details, recordedOn: '2026-01-01' });
    await this.flush();
    return need;
  }

  /** A case assignment with every option: purpose, period, early end, legal transfer basis. */
  async mandate(
    provider: Provider,
    household: Household,
    options: { purpose?: CasePurpose; from?: string; until?: string; endedOn?: string; legalBasis?: string } = {},
  ): Promise<CaseAssignment> {
    const assignment = this.em.create(CaseAssignment, {
      provider,
      household,
      purpose: options.purpose ?? CasePurpose.SOCIAL_WORK,
      mandateFrom: options.from ?? '2026-01-01',
      mandateUntil: options.until ?? '2027-12-31',
      endedOn: options.endedOn ?? null,
      legalBasis: options.legalBasis ?? null,
    });
    await this.flush();
    return assignment;
  }
}

export interface PlanningMemberSpec {
  relation: MemberRelation;
  birthDate: string;
  sex?: Sex;
  arrivedOn?: string;
  ableToWork?: boolean;
  disabilityDegree?: number;
  /** Default: an Aufenthaltsgestattung from the arrival. */
  statuses?: { kind: LegalStatusKind; paragraph: string; validFrom: string; validUntil?: string }[];
  occupations?: {
    kind: OccupationKind;
    startsOn?: string;
    endsOn?: string;
    hoursPerWeek?: number;
    monthlyIncomeCents?: number;
  }[];
  needs?: NeedCategory[];
}

export interface PlanningHouseholdSpec {
  arrivedOn?: string;
  communalSince?: string | null;
  regime?: BenefitRegime;
  members: PlanningMemberSpec[];
}
