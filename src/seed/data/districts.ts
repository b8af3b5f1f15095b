/**
 * Osnabrück's 23 Stadtteile in the city's statistical numbering (01–23). The names are real; the
 * populations and areas are synthetic approximations used for demo figures only, and the postal codes
 * are the main (not the only) code of each district.
 */
export interface DistrictData {
  number: number;
  name: string;
  postalCode: string;
  /** Synthetic inhabitants in 2024; scaled so the sum is close to the city register. */
  population2024: number;
  /** Synthetic area in km² (sum ≈ 119.8 km², the city's area). */
  areaSqKm: number;
  /** Share of students and young adults: drives the synthetic age and education-migration figures. */
  studentQuarter: boolean;
  /** Main streets; addresses are completed with generic street names. */
  streets: readonly string[];
}

export const CITY = {
  code: '03404000',
  name: 'Osnabrück',
  areaSqKm: 119.8,
} as const;

export const DISTRICTS: readonly DistrictData[] = [
  {
    number: 1,
    name: 'Innenstadt',
    postalCode: '49074',
    population2024: 9_300,
    areaSqKm: 2.1,
    studentQuarter: true,
    streets: ['Große Straße', 'Johannisstraße', 'Krahnstraße'],
  },
  {
    number: 2,
    name: 'Weststadt',
    postalCode: '49078',
    population2024: 12_100,
    areaSqKm: 3.3,
    studentQuarter: true,
    streets: ['Lotter Straße', 'Rheiner Landstraße'],
  },
  {
    number: 3,
    name: 'Westerberg',
    postalCode: '49076',
    population2024: 10_200,
    areaSqKm: 3.6,
    studentQuarter: true,
    streets: ['Sedanstraße', 'Albrechtstraße'],
  },
  {
    number: 4,
    name: 'Eversburg',
    postalCode: '49090',
    population2024: 9_100,
    areaSqKm: 6.3,
    studentQuarter: false,
    streets: ['Wersener Straße'],
  },
  {
    number: 5,
    name: 'Hafen',
    postalCode: '49090',
    population2024: 2_100,
    areaSqKm: 3.9,
    studentQuarter: false,
    streets: ['Hafenringstraße', 'Römereschstraße'],
  },
  {
    number: 6,
    name: 'Sonnenhügel',
    postalCode: '49088',
    population2024: 8_600,
    areaSqKm: 3.4,
    studentQuarter: false,
    streets: ['Bramscher Straße'],
  },
  {
    number: 7,
    name: 'Haste',
    postalCode: '49090',
    population2024: 6_100,
    areaSqKm: 6.6,
    studentQuarter: false,
    streets: ['Bramscher Straße'],
  },
  {
    number: 8,
    name: 'Dodesheide',
    postalCode: '49088',
    population2024: 8_100,
    areaSqKm: 5.1,
    studentQuarter: false,
    streets: ['Vehrter Landstraße'],
  },
  {
    number: 9,
    name: 'Gartlage',
    postalCode: '49086',
    population2024: 4_000,
    areaSqKm: 2.8,
    studentQuarter: false,
    streets: ['Hannoversche Straße'],
  },
  {
    number: 10,
    name: 'Schinkel',
    postalCode: '49084',
    population2024: 13_200,
    areaSqKm: 4.6,
    studentQuarter: false,
    streets: ['Buersche Straße', 'Bohmter Straße'],
  },
  {
    number: 11,
    name: 'Widukindland',
    postalCode: '49086',
    population2024: 4_000,
    areaSqKm: 1.6,
    studentQuarter: false,
    streets: ['Belmer Straße'],
  },
  {
    number: 12,
    name: 'Schinkel-Ost',
    postalCode: '49086',
    population2024: 5_100,
    areaSqKm: 3.9,
    studentQuarter: false,
    streets: ['Windthorststraße'],
  },
  {
    number: 13,
    name: 'Fledder',
    postalCode: '49084',
    population2024: 5_000,
    areaSqKm: 4.1,
    studentQuarter: false,
    streets: ['Hamburger Straße'],
  },
  {
    number: 14,
    name: 'Schölerberg',
    postalCode: '49082',
    population2024: 11_100,
    areaSqKm: 5.2,
    studentQuarter: false,
    streets: ['Iburger Straße'],
  },
  {
    number: 15,
    name: 'Kalkhügel',
    postalCode: '49080',
    population2024: 6_600,
    areaSqKm: 2.8,
    studentQuarter: false,
    streets: ['Sutthauser Straße'],
  },
  {
    number: 16,
    name: 'Wüste',
    postalCode: '49080',
    population2024: 15_200,
    areaSqKm: 4.3,
    studentQuarter: true,
    streets: ['Martinistraße', 'Lotter Straße'],
  },
  {
    number: 17,
    name: 'Sutthausen',
    postalCode: '49082',
    population2024: 5_100,
    areaSqKm: 5.5,
    studentQuarter: false,
    streets: ['Sutthauser Straße'],
  },
  {
    number: 18,
    name: 'Hellern',
    postalCode: '49078',
    population2024: 9_100,
    areaSqKm: 8.9,
    studentQuarter: false,
    streets: ['Lengericher Landstraße'],
  },
  {
    number: 19,
    name: 'Atter',
    postalCode: '49076',
    population2024: 5_600,
    areaSqKm: 8.0,
    studentQuarter: false,
    streets: ['Atterstraße'],
  },
  {
    number: 20,
    name: 'Pye',
    postalCode: '49090',
    population2024: 4_300,
    areaSqKm: 7.4,
    studentQuarter: false,
    streets: ['Pyer Kirchweg'],
  },
  {
    number: 21,
    name: 'Darum-Gretesch-Lüstringen',
    postalCode: '49086',
    population2024: 7_600,
    areaSqKm: 12.7,
    studentQuarter: false,
    streets: ['Lüstringer Straße'],
  },
  {
    number: 22,
    name: 'Voxtrup',
    postalCode: '49086',
    population2024: 9_100,
    areaSqKm: 8.9,
    studentQuarter: false,
    streets: ['Meller Landstraße'],
  },
  {
    number: 23,
    name: 'Nahne',
    postalCode: '49082',
    population2024: 3_600,
    areaSqKm: 4.8,
    studentQuarter: false,
    streets: ['Iburger Straße'],
  },
];

/** Generic German street names that complete the synthetic addresses. */
export const GENERIC_STREETS: readonly string[] = [
  'Lindenstraße',
  'Birkenweg',
  'Ahornweg',
  'Am Mühlenbach',
  'Gartenstraße',
  'Schulstraße',
  'Kirchstraße',
  'Bergstraße',
  'Wiesenweg',
  'Rosenstraße',
  'Eichendorffstraße',
  'Goethestraße',
  'Schillerstraße',
  'Feldstraße',
  'Am Bahndamm',
  'Kastanienallee',
  'Friedhofsweg',
  'Parkstraße',
  'Blumenstraße',
  'Am Sportplatz',
  'Tannenweg',
  'Mozartstraße',
  'Brückenstraße',
  'Heideweg',
  'Ringstraße',
  'Waldstraße',
  'Hügelweg',
  'Erlenweg',
  'Marktstraße',
  'Uferstraße',
];

/** Area code of a district, in the form the Area entity documents ("03404000-01"). */
export function districtCode(number: number): string {
  return `${CITY.code}-${String(number).padStart(2, '0')}`;
}
