/** Synthetic contact details: mobile numbers in an unassigned-looking pattern and example.* e-mail domains. */
import type { Random } from '../random';

export function mobileNumber(rng: Random): string {
  return `+49 15${rng.int(1, 9)} ${rng.int(1_000_000, 9_999_999)}`;
}

export function emailAddress(rng: Random, given: string, family: string, domain: string): string {
  return `${asciiSlug(given)}.${asciiSlug(family)}${rng.int(1, 99)}@${domain}`;
}

/** Lower-case ASCII for e-mail local parts ("Özdemir" → "ozdemir", "İbrahim" → "ibrahim"). */
function asciiSlug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}
