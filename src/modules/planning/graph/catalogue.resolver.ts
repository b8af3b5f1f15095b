import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../../auth/context';
import { publishCatalogue } from '../catalogue.service';
import type { CatalogueVersion } from '../catalogue.store';
import { catalogueFor } from '../planning.service';
import { catalogueVersions } from '../planning.loaders';
import { PublishCriteriaCatalogueInput } from './catalogue.inputs';
import { CriteriaCatalogueType, PublishCriteriaCataloguePayload } from './catalogue.types';

function toGraph({ catalogue, published }: CatalogueVersion): CriteriaCatalogueType {
  return {
    catalogueId: catalogue.id,
    version: catalogue.version,
    title: catalogue.title,
    effectiveFrom: catalogue.effectiveFrom,
    effectiveUntil: catalogue.effectiveUntil ?? null,
    source: catalogue.source,
    builtIn: published === null,
    publishedBy: published?.publishedBy ?? null,
    publishedAt: published?.publishedAt ?? null,
    document: catalogue,
  };
}

@Resolver()
export class CatalogueResolver {
  @Query(() => [CriteriaCatalogueType], {
    description: 'Every criteria catalogue version: the built-in ones and those published, oldest first.',
  })
  async criteriaCatalogues(@Ctx() ctx: Context): Promise<CriteriaCatalogueType[]> {
    return (await catalogueVersions(ctx)).map(toGraph);
  }

  @Query(() => CriteriaCatalogueType, {
    description:
      'The criteria catalogue version in force on a day (the latest effective one; the built-in Osnabrück catalogue when none was published).',
  })
  async criteriaCatalogueInForce(
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'The day; today when omitted.' })
    asOf: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<CriteriaCatalogueType> {
    return toGraph(await catalogueFor(ctx, asOf ?? ctx.today));
  }

  @Mutation(() => PublishCriteriaCataloguePayload, {
    description:
      'Publishes a new criteria catalogue version, effective from the date in the document. The document is validated (every problem is reported with its path); published versions are never edited.',
  })
  async publishCriteriaCatalogue(
    @Arg('input', () => PublishCriteriaCatalogueInput, { description: 'The catalogue document.' })
    input: PublishCriteriaCatalogueInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<PublishCriteriaCataloguePayload> {
    // The publisher is the authenticated administrator, not a name the client sends.
    const published = await publishCatalogue(em, input.document, viewer.id);
    return { catalogue: toGraph({ catalogue: published.document, published }) };
  }
}
