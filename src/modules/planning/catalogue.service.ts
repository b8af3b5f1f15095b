/** Publishing a criteria catalogue version: validated by the domain, stored, never edited afterwards. */
import { GraphQLError } from 'graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validateCatalogue } from '../../domain';
import { ErrorCode, userError } from '../../graph/errors';
import { PublishedCatalogue } from './published-catalogue.entity';

/** Field path of a catalogue error inside the mutation input, e.g. `input.document.criteria[0].weight`. */
const documentField = (path: string) => (path ? `input.document.${path}` : 'input.document');

export async function publishCatalogue(
  em: EntityManager,
  document: unknown,
  publishedBy: string,
  now = new Date(),
): Promise<PublishedCatalogue> {
  const validation = validateCatalogue(document);
  if (!validation.valid) {
    const [first] = validation.errors;
    // Every problem is listed, so an administrator can fix the document in one go.
    throw new GraphQLError(
      `The catalogue is not valid: ${validation.errors.map((e) => `${e.path || '(document)'}: ${e.message}`).join(' ')}`,
      {
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          field: documentField(first.path),
          errors: validation.errors.map((e) => ({ field: documentField(e.path), code: e.code, message: e.message })),
        },
      },
    );
  }
  const catalogue = validation.catalogue;
  try {
    return await em.transactional(async (tx) =>
      tx.create(PublishedCatalogue, {
        catalogueId: catalogue.id,
        version: catalogue.version,
        effectiveFrom: catalogue.effectiveFrom,
        effectiveUntil: catalogue.effectiveUntil ?? null,
        document: catalogue,
        publishedBy: publishedBy.trim(),
        publishedAt: now,
      }),
    );
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw userError(
        ErrorCode.CONFLICT,
        `Version ${catalogue.version} of catalogue ${catalogue.id} is already published; publish a new version instead.`,
        'input.document.version',
      );
    }
    throw error;
  }
}
