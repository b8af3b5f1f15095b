import { startTestHub, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';

/** Households with every relation the caseworker's detail view walks. */
const NESTED_HOUSEHOLDS = /* GraphQL */ `
  query Nested($first: Int!) {
    households(first: $first, orderBy: { field: REFERENCE }) {
      totalCount
      nodes {
        reference
        size
        daysInCommunalAccommodation
        members {
          givenName
          age
          legalStatuses {
            kind
            paragraph
          }
          occupations {
            kind
          }
          languages {
            language
          }
          needs {
            category
          }
          currentStay {
            startsOn
            bed {
              label
              blocked
              unit {
                name
                site {
                  name
                  occupancy {
                    beds
                    occupied
                    free
                  }
                  district {
                    name
                    observations {
                      indicator
                      value
                    }
                  }
                }
              }
            }
          }
        }
        currentTenancy {
          movedInOn
          apartment {
            address
            grossColdRent
            district {
              name
            }
          }
        }
        caseAssignments {
          purpose
          active
          provider {
            name
            services {
              name
            }
          }
        }
        volunteerAssignments {
          task
          volunteer {
            familyName
            groups {
              name
              format
            }
          }
        }
        appointments {
          kind
          volunteerAssignments {
            task
          }
        }
      }
    }
  }
`;

let hub: TestHub;

beforeAll(async () => {
  // Every relation at once estimates 2.6 million at the declared list sizes: this test is about SQL, not limits.
  hub = await startTestHub({ today: '2026-11-25', security: { maxCost: 10_000_000 } });
  const build = new Builders(hub.orm);
  const city = await build.area('Osnabrück');
  const district = await build.area('Schinkel', city);
  await build.observation(district, 'POPULATION' as never, 2024, 12000);
  const providers = [await build.provider(), await build.provider()];
  const group = await build.volunteerGroup();
  const volunteers = [await build.volunteer(['ar'], group), await build.volunteer(['fa'], group)];
  const { beds } = await build.site(district, 240);
  await build.batch(async () => {
    for (let i = 0; i < 120; i++) {
      const inCommunal = i % 2 === 0;
      const { household, people } = await build.household(3, { communalSince: inCommunal ? '2025-01-01' : null });
      if (inCommunal) {
        for (const [k, person] of people.entries()) await build.stay(person, beds[(i / 2) * 3 + k], '2025-01-01');
      } else {
        await build.tenancy(household, await build.offer(district, { status: 'TAKEN' as never }), '2025-06-01');
      }
      await build.caseAssignment(providers[i % 2], household);
      await build.volunteerAssignment(volunteers[i % 2], household);
      await build.appointment(household);
    }
  });
});
afterAll(() => hub.close());

test('nested household lists cost the same number of SQL statements for 10 and 100 households', async () => {
  const ten = await hub.request(NESTED_HOUSEHOLDS, { first: 10 });
  const hundred = await hub.request(NESTED_HOUSEHOLDS, { first: 100 });
  expect(ten.errors).toBeUndefined();
  expect(hundred.errors).toBeUndefined();
  expect(hundred.data.households.nodes).toHaveLength(100);
  expect(hundred.data.households.totalCount).toBe(120);
  // One statement per relation level, whatever the page size: no N+1.
  expect(hundred.statements).toBe(ten.statements);
  expect(hundred.statements).toBeLessThanOrEqual(26);
});

test('the nested answer is the data that was written', async () => {
  const { households } = await hub.data(NESTED_HOUSEHOLDS, { first: 2 });
  const [placed, housed] = households.nodes;
  expect(placed.size).toBe(3);
  expect(placed.daysInCommunalAccommodation).toBe(693);
  expect(placed.members[0].currentStay.bed.unit.site.occupancy).toEqual({ beds: 240, occupied: 180, free: 60 });
  expect(placed.members[0].currentStay.bed.unit.site.district.name).toBe('Schinkel');
  expect(placed.currentTenancy).toBeNull();
  expect(housed.members[0].currentStay).toBeNull();
  expect(housed.currentTenancy.apartment.grossColdRent).toBe(650);
  expect(housed.caseAssignments[0].active).toBe(true);
  expect(housed.volunteerAssignments[0].volunteer.groups[0].format).toBe('LANGUAGE_SUPPORT');
});
