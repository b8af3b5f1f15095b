/** Providers and their services (a fixed list; they do not scale). */
import { PROVIDERS } from '../data/providers';
import type { ProviderRow, ProviderServiceRow } from '../tables';
import type { IdCounters } from './context';

export type ProviderIds = ReadonlyMap<string, number>;

export function generateProviders(ids: IdCounters): {
  providers: ProviderRow[];
  services: ProviderServiceRow[];
  providerIds: ProviderIds;
} {
  const providers: ProviderRow[] = [];
  const services: ProviderServiceRow[] = [];
  const providerIds = new Map<string, number>();
  for (const p of PROVIDERS) {
    const id = ids.next('provider');
    providerIds.set(p.key, id);
    providers.push({ id, name: p.name, kind: p.kind, email: p.email, phone: p.phone });
    for (const [purpose, name] of p.services)
      services.push({ id: ids.next('provider_service'), provider_id: id, purpose, name });
  }
  return { providers, services, providerIds };
}

export function providerId(providerIds: ProviderIds, key: string): number {
  const id = providerIds.get(key);
  if (id === undefined) throw new Error(`unknown provider key ${key}`);
  return id;
}
