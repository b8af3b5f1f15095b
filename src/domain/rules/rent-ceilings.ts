/** Appropriate rent (Kosten der Unterkunft) ceilings: gross cold rent by household size. */
import { BenefitRegime } from '../snapshot';
import { VersionedRule } from './versioning';

export interface RentCeilingRow {
  persons: number;
  referenceAreaM2: number;
  maxGrossColdRentEur: number;
}

export interface RentCeilingTable extends VersionedRule {
  municipality: string;
  appliesTo: readonly BenefitRegime[];
  /** Rows for 1..n persons, ascending. */
  rows: readonly RentCeilingRow[];
  /** Rule for households larger than the last row: increments per further person. */
  beyondLastRow: { perFurtherPersonEur: number; perFurtherPersonM2: number; verified: boolean; derivation: string };
}

export const RENT_CEILING_TABLES: readonly RentCeilingTable[] = [
  {
    ruleId: 'kdu.rent-ceiling.osnabrueck',
    version: '2025-01-01',
    validFrom: '2025-01-01',
    municipality: 'Osnabrück',
    appliesTo: ['SGB_II', 'SGB_XII', 'ASYLBLG_ANALOG', 'ASYLBLG_BASIC'],
    rows: [
      { persons: 1, referenceAreaM2: 50, maxGrossColdRentEur: 624 },
      { persons: 2, referenceAreaM2: 60, maxGrossColdRentEur: 725 },
      { persons: 3, referenceAreaM2: 75, maxGrossColdRentEur: 858 },
      { persons: 4, referenceAreaM2: 85, maxGrossColdRentEur: 1_059 },
      { persons: 5, referenceAreaM2: 95, maxGrossColdRentEur: 1_140 },
      { persons: 6, referenceAreaM2: 105, maxGrossColdRentEur: 1_348 },
    ],
    beyondLastRow: {
      perFurtherPersonEur: 144,
      perFurtherPersonM2: 10,
      verified: false,
      derivation:
        'Decision (not in the source): mean step from 1 to 6 persons, (1,348 − 624) / 5 = 144.8, rounded down to €144; +10 m² as in the flat-size table. Verify with the city.',
    },
    legalBasis: '§ 22 Abs. 1 SGB II, § 35 SGB XII; AsylbLG: § 3 Abs. 3 / § 2 AsylbLG (same ceilings assumed)',
    source: 'DOMAIN.md (Osnabrück ceilings from 2025-01)',
    verified: true,
    note: 'The city applies the KdU ceilings to AsylbLG households as well (assumption).',
  },
];
