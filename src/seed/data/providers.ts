/**
 * The organisations of the demo city. The kinds and the big welfare associations are real in every
 * German city; the exact names, contacts and service lists are illustrative.
 */
import { CasePurpose, ProviderKind } from '../../modules/providers/providers.enums';

export interface ProviderData {
  /** Stable key the generator uses to refer to a provider. */
  key: string;
  name: string;
  kind: ProviderKind;
  email: string | null;
  phone: string | null;
  services: readonly (readonly [CasePurpose, string])[];
  /** Where appointments with this provider take place. */
  address: string;
}

const P = CasePurpose;
const K = ProviderKind;

export const PROVIDERS: readonly ProviderData[] = [
  {
    key: 'koordinierungsstelle',
    name: 'Koordinierungsstelle Flüchtlingssozialarbeit (Stadt Osnabrück)',
    kind: K.COORDINATION_OFFICE,
    email: 'fluechtlingssozialarbeit@example.org',
    phone: '+49 541 0000-100',
    address: 'Natruper-Tor-Wall 2, 49076 Osnabrück',
    services: [
      [P.SOCIAL_WORK, 'Flüchtlingssozialarbeit in GU und Wohnung'],
      [P.HOUSING_SEARCH, 'Wohnraumvermittlung für Geflüchtete'],
    ],
  },
  {
    key: 'freiwilligen-agentur',
    name: 'Freiwilligen-Agentur Osnabrück',
    kind: K.VOLUNTEER_AGENCY,
    email: 'freiwillig@example.org',
    phone: '+49 541 0000-200',
    address: 'Große Straße 12, 49074 Osnabrück',
    services: [
      [P.LANGUAGE_SUPPORT, 'Sprachpatenschaften'],
      [P.SOCIAL_WORK, 'Verbindungslotsen'],
    ],
  },
  {
    key: 'caritas',
    name: 'Caritasverband Osnabrück',
    kind: K.WELFARE_ORGANISATION,
    email: 'migration@caritas.example.org',
    phone: '+49 541 0000-300',
    address: 'Johannisstraße 91, 49074 Osnabrück',
    services: [
      [P.MIGRATION_COUNSELLING, 'Migrationsberatung für Erwachsene (MBE)'],
      [P.SOCIAL_WORK, 'Flüchtlingssozialarbeit'],
      [P.HOUSING_SEARCH, 'Wohnungslotsen'],
    ],
  },
  {
    key: 'diakonie',
    name: 'Diakonisches Werk Osnabrück',
    kind: K.WELFARE_ORGANISATION,
    email: 'migration@diakonie.example.org',
    phone: '+49 541 0000-400',
    address: 'Lohstraße 11, 49074 Osnabrück',
    services: [
      [P.MIGRATION_COUNSELLING, 'Migrationsberatung'],
      [P.SOCIAL_WORK, 'Flüchtlingssozialarbeit'],
      [P.HEALTH_COUNSELLING, 'Schwangerschaftsberatung'],
    ],
  },
  {
    key: 'awo',
    name: 'AWO Region Osnabrück',
    kind: K.WELFARE_ORGANISATION,
    email: 'migration@awo.example.org',
    phone: '+49 541 0000-500',
    address: 'Lotter Straße 40, 49078 Osnabrück',
    services: [
      [P.SOCIAL_WORK, 'Flüchtlingssozialarbeit'],
      [P.ACCOMMODATION, 'Betrieb von Gemeinschaftsunterkünften'],
    ],
  },
  {
    key: 'drk',
    name: 'DRK-Kreisverband Osnabrück-Stadt',
    kind: K.WELFARE_ORGANISATION,
    email: 'unterkunft@drk.example.org',
    phone: '+49 541 0000-600',
    address: 'Hafenringstraße 5, 49090 Osnabrück',
    services: [
      [P.ACCOMMODATION, 'Betrieb von Gemeinschaftsunterkünften'],
      [P.SOCIAL_WORK, 'Sozialbetreuung in der GU'],
    ],
  },
  {
    key: 'paritaetischer',
    name: 'Der Paritätische Osnabrück',
    kind: K.WELFARE_ORGANISATION,
    email: 'osnabrueck@paritaet.example.org',
    phone: '+49 541 0000-700',
    address: 'Martinistraße 20, 49080 Osnabrück',
    services: [
      [P.SOCIAL_WORK, 'Beratung für Geflüchtete mit Behinderung'],
      [P.HEALTH_COUNSELLING, 'Gesundheitslotsen'],
    ],
  },
  {
    key: 'jmd',
    name: 'Jugendmigrationsdienst Osnabrück',
    kind: K.COUNSELLING_SERVICE,
    email: 'jmd@example.org',
    phone: '+49 541 0000-800',
    address: 'Buersche Straße 4, 49084 Osnabrück',
    services: [[P.MIGRATION_COUNSELLING, 'Jugendmigrationsdienst (12–27 Jahre)']],
  },
  {
    key: 'psz',
    name: 'Psychosoziales Zentrum für Geflüchtete Osnabrück',
    kind: K.COUNSELLING_SERVICE,
    email: 'psz@example.org',
    phone: '+49 541 0000-900',
    address: 'Iburger Straße 30, 49082 Osnabrück',
    services: [[P.HEALTH_COUNSELLING, 'Psychosoziale Beratung und Traumatherapie']],
  },
  {
    key: 'frauenberatung',
    name: 'Beratungsstelle für geflüchtete Frauen',
    kind: K.COUNSELLING_SERVICE,
    email: 'frauen@example.org',
    phone: '+49 541 0000-950',
    address: 'Katharinenstraße 8, 49078 Osnabrück',
    services: [
      [P.SOCIAL_WORK, 'Beratung für alleinstehende Frauen'],
      [P.HEALTH_COUNSELLING, 'Beratung bei Gewalterfahrung'],
    ],
  },
  {
    key: 'vhs',
    name: 'Volkshochschule Osnabrück',
    kind: K.LANGUAGE_SCHOOL,
    email: 'integration@vhs.example.org',
    phone: '+49 541 0000-1000',
    address: 'Bergstraße 8, 49076 Osnabrück',
    services: [
      [P.LANGUAGE_SUPPORT, 'Integrationskurse (§ 43 AufenthG)'],
      [P.LANGUAGE_SUPPORT, 'Berufssprachkurse (DeuFöV)'],
    ],
  },
  {
    key: 'sprachschule-hafen',
    name: 'Sprachschule am Hafen',
    kind: K.LANGUAGE_SCHOOL,
    email: 'kurse@sprachschule-hafen.example.org',
    phone: '+49 541 0000-1100',
    address: 'Römereschstraße 17, 49090 Osnabrück',
    services: [[P.LANGUAGE_SUPPORT, 'Integrationskurse mit Kinderbetreuung']],
  },
  {
    key: 'sprachinstitut',
    name: 'Sprachinstitut Westerberg',
    kind: K.LANGUAGE_SCHOOL,
    email: 'info@sprachinstitut.example.org',
    phone: '+49 541 0000-1200',
    address: 'Albrechtstraße 30, 49076 Osnabrück',
    services: [
      [P.LANGUAGE_SUPPORT, 'Alphabetisierungskurse'],
      [P.LANGUAGE_SUPPORT, 'Berufssprachkurse'],
    ],
  },
  {
    key: 'malteser',
    name: 'Malteser Hilfsdienst Osnabrück',
    kind: K.ACCOMMODATION_OPERATOR,
    email: 'unterkunft@malteser.example.org',
    phone: '+49 541 0000-1300',
    address: 'Bramscher Straße 60, 49088 Osnabrück',
    services: [[P.ACCOMMODATION, 'Betrieb von Gemeinschaftsunterkünften']],
  },
  {
    key: 'johanniter',
    name: 'Johanniter-Unfall-Hilfe Osnabrück',
    kind: K.ACCOMMODATION_OPERATOR,
    email: 'unterkunft@johanniter.example.org',
    phone: '+49 541 0000-1400',
    address: 'Wersener Straße 80, 49090 Osnabrück',
    services: [
      [P.ACCOMMODATION, 'Betrieb von Gemeinschaftsunterkünften'],
      [P.SOCIAL_WORK, 'Sozialbetreuung in der GU'],
    ],
  },
];

/** Providers that run communal sites (a site may also be run by the city itself: operator null). */
export const SITE_OPERATOR_KEYS = ['drk', 'awo', 'malteser', 'johanniter'] as const;

/** Which providers typically take a case for a purpose. */
export const PROVIDERS_BY_PURPOSE: Readonly<Record<CasePurpose, readonly string[]>> = {
  [P.SOCIAL_WORK]: ['koordinierungsstelle', 'caritas', 'diakonie', 'awo', 'frauenberatung', 'paritaetischer'],
  [P.HOUSING_SEARCH]: ['koordinierungsstelle', 'caritas'],
  [P.MIGRATION_COUNSELLING]: ['caritas', 'diakonie', 'jmd'],
  [P.LANGUAGE_SUPPORT]: ['vhs', 'sprachschule-hafen', 'sprachinstitut', 'freiwilligen-agentur'],
  [P.HEALTH_COUNSELLING]: ['psz', 'diakonie', 'paritaetischer'],
  [P.ACCOMMODATION]: ['drk', 'awo', 'malteser', 'johanniter'],
};
