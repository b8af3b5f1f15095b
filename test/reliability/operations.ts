/** Mutations the reliability tests send many of at once. */
export const REGISTER = `mutation($input: RegisterArrivalInput!) { registerArrival(input: $input) { household { id reference } } }`;
export const PLACE = `mutation($input: PlaceHouseholdInput!) { placeHousehold(input: $input) { stays { startsOn } } }`;
export const MOVE_TO_SITE = `mutation($input: MoveHouseholdToSiteInput!) { moveHouseholdToSite(input: $input) { stays { startsOn } } }`;
export const MOVE_IN = `mutation($input: MoveIntoApartmentInput!) { moveIntoApartment(input: $input) { tenancy { movedInOn } } }`;
export const ASSIGN_VOLUNTEER = `mutation($input: AssignVolunteerInput!) { assignVolunteer(input: $input) { volunteerAssignment { task } } }`;

export function arrival(arrivedOn: string) {
  return {
    arrivedOn,
    benefitRegime: 'ASYLBLG_BASIC',
    members: [
      {
        relation: 'HEAD',
        givenName: 'Amal',
        familyName: 'Haddad',
        birthDate: '1990-02-03',
        sex: 'FEMALE',
        countryOfOrigin: 'SY',
        ableToWork: true,
        legalStatus: {
          kind: 'ASYLUM_PROCEDURE',
          paragraph: '§ 55 AsylG',
          validFrom: arrivedOn,
          issuingAuthority: 'BAMF',
        },
        languages: [{ language: 'ar', level: 'NATIVE' }],
      },
    ],
  };
}

/** The error codes of a batch of answers, `ok` for a success, counted. */
export function tally(responses: { errors?: { extensions?: Record<string, any> }[] }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of responses) {
    const key = r.errors ? String(r.errors[0].extensions?.code) : 'ok';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
