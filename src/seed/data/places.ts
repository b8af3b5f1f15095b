/** Illustrative names of schools, employers, authorities and other places of the demo city. */

export const PRIMARY_SCHOOLS = [
  'Grundschule Schinkel',
  'Grundschule Eversburg',
  'Grundschule Sonnenhügel',
  'Grundschule Wüste',
  'Grundschule Voxtrup',
  'Grundschule Hellern',
];
export const SECONDARY_SCHOOLS = [
  'Gesamtschule Schinkel',
  'Oberschule Eversburg',
  'Gymnasium in der Wüste',
  'Realschule Sonnenhügel',
  'Gesamtschule Hellern',
  'Oberschule Innenstadt',
];
export const VOCATIONAL_SCHOOLS = [
  'Berufsbildende Schulen am Pottgraben',
  'Berufsbildende Schulen Haste',
  'Berufsbildende Schulen Brinkstraße',
];
export const LANGUAGE_CLASS_SUFFIX = ' (Sprachlernklasse)';

export const VOCATIONAL_PREPARATION = [
  'Berufsvorbereitende Bildungsmaßnahme (BvB), Agentur für Arbeit',
  'Einstiegsqualifizierung (EQ) im Handwerk',
  'SPRINT – Sprach- und Integrationsprojekt an BBS',
  'Berufseinstiegsschule (BES), Klasse 1',
];
export const VOCATIONAL_TRAINING = [
  'Ausbildung Pflegefachfrau/-mann, Klinikum Osnabrück',
  'Ausbildung Elektroniker/in, Handwerksbetrieb',
  'Ausbildung Fachkraft für Lagerlogistik',
  'Ausbildung Kfz-Mechatroniker/in',
  'Ausbildung Medizinische/r Fachangestellte/r',
  'Ausbildung Koch/Köchin',
];
export const STUDIES = [
  'Studium Informatik, Universität Osnabrück',
  'Studium Soziale Arbeit, Hochschule Osnabrück',
  'Studium Maschinenbau, Hochschule Osnabrück',
];
export const EMPLOYERS = [
  'Logistikzentrum am Hafen',
  'Ambulanter Pflegedienst',
  'Reinigungsunternehmen',
  'Restaurant in der Altstadt',
  'Bäckerei-Filiale',
  'Supermarkt (Lager und Kasse)',
  'Paketdienst',
  'Hotel (Housekeeping)',
  'Metallbaubetrieb',
  'Krankenhaus (Küche)',
  'Kindertagesstätte (Assistenz)',
  'Autowerkstatt',
  'Callcenter (mehrsprachig)',
  'Sicherheitsdienst',
  'Friseursalon',
];
export const INTEGRATION_COURSES = [
  'Integrationskurs (allgemein)',
  'Integrationskurs mit Alphabetisierung',
  'Jugendintegrationskurs',
  'Eltern- und Frauenintegrationskurs',
];

export const AUTHORITY_LOCATIONS = [
  'Ausländerbehörde Stadt Osnabrück, Natruper-Tor-Wall 5',
  'Jobcenter Osnabrück, Johannistorwall 56',
  'Fachbereich Soziales (AsylbLG), Stadthaus 1',
  'Bürgeramt Osnabrück, Natruper-Tor-Wall 5',
  'Familienkasse, Agentur für Arbeit Osnabrück',
];
export const MEDICAL_LOCATIONS = [
  'Hausarztpraxis Schinkel',
  'Kinderarztpraxis Wüste',
  'Klinikum Osnabrück (Ambulanz)',
  'Gesundheitsamt Osnabrück',
  'Zahnarztpraxis Innenstadt',
];

export const LANDLORDS = [
  'Privatvermieter Meyer',
  'Privatvermieterin Schulte',
  'Hausverwaltung Osnabrück-Nord GmbH',
  'Wohnungsbaugenossenschaft (Demo) eG',
  'Immobilien Brinkmann',
  'Erbengemeinschaft Hoffmann',
  'Privatvermieter Kamp',
  'Hausverwaltung Westerberg',
  'Privatvermieterin Niemann',
  'Stiftung Wohnen (Demo)',
];

export const BLOCKED_REASONS = [
  'Wasserschaden',
  'Renovierung',
  'Quarantäne (Infektionsschutz)',
  'Schimmelbefall',
  'Brandschutzmängel',
  'defektes Bettgestell',
];

export const UNIT_BUILDINGS = ['Haus A', 'Haus B', 'Haus C', 'Haus D'];
