import { Matches } from 'class-validator';

/** ISO 639-1 language code, e.g. "ar". */
export const IsLanguageCode = () => Matches(/^[a-z]{2}$/, { message: 'must be an ISO 639-1 code such as "ar"' });

/** ISO 3166-1 alpha-2 country code, e.g. "SY". */
export const IsCountryCode = () =>
  Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as "SY"' });
