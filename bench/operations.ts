/** The three reference operations of the graph benchmark, one per audience. */

export const PLANNER_SITE_OVERVIEW = /* GraphQL */ `
  query PlannerSiteOverview {
    sites(first: 100) {
      totalCount
      nodes {
        name
        occupancy {
          beds
          blocked
          occupied
          free
        }
        district {
          name
          observations(indicators: [POPULATION, MEDIAN_AGE, OLD_AGE_RATIO, IN_MIGRATION], fromYear: 2020) {
            indicator
            year
            value
            unit
            synthetic
          }
        }
      }
    }
  }
`;

export const CASEWORKER_HOUSEHOLD_DETAIL = /* GraphQL */ `
  query CaseworkerHouseholdDetail($id: ID!) {
    node(id: $id) {
      ... on Household {
        reference
        arrivedOn
        benefitRegime
        communalSince
        daysInCommunalAccommodation
        size
        members {
          givenName
          familyName
          birthDate
          age
          relation
          legalStatuses {
            kind
            paragraph
            validFrom
            validUntil
            issuingAuthority
          }
          occupations {
            kind
            description
            hoursPerWeek
            monthlyIncome
          }
          languages {
            language
            level
          }
          needs {
            category
            details
          }
          consents {
            purposes
            active
            recipient {
              name
            }
          }
          currentStay {
            startsOn
            bed {
              label
              unit {
                name
                site {
                  name
                  district {
                    name
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
            livingSpaceSqm
            district {
              name
            }
          }
        }
        caseAssignments {
          purpose
          mandateFrom
          mandateUntil
          active
          provider {
            name
            kind
          }
        }
        volunteerAssignments {
          task
          startsOn
          volunteer {
            givenName
            familyName
            languages
            groups {
              name
              format
            }
          }
        }
        appointments {
          kind
          startsAt
          location
          interpreterLanguage
        }
      }
    }
  }
`;

export const FRONTEND_HOUSEHOLD_LIST = /* GraphQL */ `
  query FrontendHouseholdList($after: String) {
    households(
      first: 50
      after: $after
      filter: { inCommunalAccommodation: true, minDaysInCommunalAccommodation: 180 }
      orderBy: { field: COMMUNAL_SINCE, direction: ASC }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        reference
        size
        daysInCommunalAccommodation
        benefitRegime
        members {
          givenName
          familyName
          age
        }
        currentStays {
          bed {
            unit {
              site {
                name
              }
            }
          }
        }
      }
    }
  }
`;
