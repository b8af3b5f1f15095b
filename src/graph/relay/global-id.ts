import { GraphQLError } from 'graphql';

/** Opaque Relay global ID: base64url of "TypeName:databaseId". Clients must not parse it. */
export function toGlobalId(typeName: string, id: number): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

const MAX_DATABASE_ID = 2147483647;

export interface DecodedGlobalId {
  typeName: string;
  id: number;
}

/** Decodes a global ID, or returns undefined when it is not one this hub issued. */
export function fromGlobalId(globalId: string): DecodedGlobalId | undefined {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  if (!match) return undefined;
  const id = Number(match[2]);
  // Database IDs are PostgreSQL integers (32 bits): a larger one names nothing and must not reach SQL.
  return id <= MAX_DATABASE_ID ? { typeName: match[1], id } : undefined;
}

/**
 * Decodes a global ID that must name an object of `typeName`, as given in the argument `field`.
 * A malformed ID or one of another type is the client's mistake: BAD_USER_INPUT naming the field.
 */
export function expectGlobalId(globalId: string, typeName: string, field: string): number {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName) {
    throw new GraphQLError(`${field} must be the ID of a ${typeName}.`, {
      extensions: { code: 'BAD_USER_INPUT', field },
    });
  }
  return decoded.id;
}
