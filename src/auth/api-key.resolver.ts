import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Length, Max, Min } from 'class-validator';
import type { Context } from './context';
import { ErrorCode, notFound, userError } from '../graph/errors';
import { expectGlobalId } from '../graph/relay/global-id';
import { Provider } from '../modules/providers/provider.entity';
import { ApiKey } from './api-key.entity';
import { createApiKey } from './api-keys';
import { Role } from './roles';

@InputType({ description: 'A new API key for a partner system.' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for.' })
  @Length(1, 200)
  name!: string;

  @Field(() => ID, { description: 'The organisation (provider) the key acts for.' })
  organisationId!: string;

  @Field(() => Int, { defaultValue: 365, description: 'Days the key is valid (1–730).' })
  @Min(1)
  @Max(730)
  validDays!: number;
}

@ObjectType({ description: 'A new API key. `key` is shown only here, once; only its hash is stored.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { description: 'The stored key record.' })
  apiKey!: ApiKey;

  @Field({ description: 'The key to give to the partner system: `Authorization: ApiKey <key>`.' })
  key!: string;
}

@ObjectType({ description: 'Result of revoking an API key.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { description: 'The revoked key.' })
  apiKey!: ApiKey;
}

@Resolver()
export class ApiKeyResolver {
  @Mutation(() => CreateApiKeyPayload, {
    description: 'Creates an API key for a partner organisation (role PROVIDER_STAFF).',
  })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'Name, organisation and validity.' })
    input: CreateApiKeyInput,
    @Ctx() { em }: Context,
  ): Promise<CreateApiKeyPayload> {
    const organisationId = expectGlobalId(input.organisationId, 'Provider', 'input.organisationId');
    return em.transactional(async (tx) => {
      const organisation = await tx.findOne(Provider, organisationId);
      if (!organisation) throw notFound('Provider', 'input.organisationId');
      return createApiKey(tx, {
        name: input.name,
        organisation,
        role: Role.PROVIDER_STAFF,
        validDays: input.validDays,
      });
    });
  }

  @Mutation(() => RevokeApiKeyPayload, { description: 'Revokes an API key at once.' })
  async revokeApiKey(
    @Arg('id', () => ID, { description: 'The API key.' }) id: string,
    @Ctx() { em }: Context,
  ): Promise<RevokeApiKeyPayload> {
    const keyId = expectGlobalId(id, 'ApiKey', 'id');
    return em.transactional(async (tx) => {
      const apiKey = await tx.findOne(ApiKey, keyId);
      if (!apiKey) throw notFound('ApiKey', 'id');
      if (apiKey.revokedAt) throw userError(ErrorCode.CONFLICT, 'The key is already revoked.', 'id');
      apiKey.revokedAt = new Date();
      return { apiKey };
    });
  }
}
