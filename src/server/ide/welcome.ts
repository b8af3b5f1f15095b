import type { ExampleOperation } from './example-operations';

/** The first IDE tab: what the graph holds, who uses it, and which example tab is for whom. Ends in a runnable query. */
export function welcomeSource(examples: readonly ExampleOperation[]): string {
  const width = Math.max(0, ...examples.map((e) => e.file.length));
  const exampleLines = examples.map((e) => `#   ${e.file.padEnd(width)}  ${e.audience}`);
  return [
    '# Welcome to Lotse, the GraphQL hub for refugee housing and integration in the city.',
    '#',
    '# The graph connects',
    '#   - households and their members: legal-status history, occupations, languages, needs, consents;',
    "#   - communal accommodation: sites > units > beds > stays, with today's occupancy of every site;",
    '#   - private housing: flats offered by landlords, and the tenancies of households;',
    '#   - providers (welfare organisations, counselling services, language schools) and their case assignments;',
    '#   - volunteers of the volunteer agency, their groups and assignments; appointments of households;',
    '#   - the city and its districts with their demographic profile.',
    '# Every object has an opaque global ID that node(id:) fetches again. Lists are connections:',
    '# ask for `first`, then pass pageInfo.endCursor as `after` for the next page.',
    '#',
    '# Who uses it',
    '#   planners                 capacity and occupancy of sites, demography of districts',
    '#   caseworkers              one household with everything around it',
    '#   frontend developers      filtered, sorted, paginated lists for the apps',
    '#   volunteer coordinators   volunteers by language, group format and availability',
    '#',
    '# The other tabs hold the example operations from schema/operations/:',
    ...exampleLines,
    '#',
    '# Run with Ctrl+Enter (Cmd+Enter on a Mac). Variables and Headers are in the panes below the editor.',
    '# Every request authenticates and declares a purpose: put e.g.',
    '#   {"Authorization": "Bearer <token>", "X-Lotse-Purpose": "CASE_MANAGEMENT"}',
    '# into Headers, then refetch the schema (the arrows icon on the left): each audience sees its own schema.',
    '# In demo mode the hub prints ready-made headers for every role at start, and a browser on the same',
    '# machine gets one "Demo: …" tab per role with them filled in.',
    '# The book icon on the left opens the documentation of every type and field.',
    '',
    'query Welcome {',
    '  areas(kind: CITY) {',
    '    name',
    '    districts {',
    '      name',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}
