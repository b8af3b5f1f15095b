import { createHash } from 'node:crypto';
import { parse, print } from 'graphql';
import { loadExampleOperations } from '../ide/example-operations';

/** sha256 of a text, hex-encoded (the hash Apollo's persisted queries use). */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The document in canonical form (comments and formatting dropped); undefined when it does not parse. */
function canonical(document: string): string | undefined {
  try {
    return print(parse(document, { noLocation: true }));
  } catch {
    return undefined;
  }
}

/**
 * The operations partner API keys may run: the .graphql files of schema/operations/. A document is
 * trusted when its exact text is registered (looked up by sha256) or, once parsed, prints the same as
 * a registered one (so a client may strip the comments or reformat). Persisted-query clients send only
 * the hash of a file's exact text.
 */
export class TrustedOperations {
  private readonly byHash = new Map<string, string>();
  private readonly canonicalForms = new Set<string>();

  constructor(documents: Iterable<string>) {
    for (const document of documents) {
      const printed = canonical(document);
      if (printed === undefined) throw new Error(`A trusted operation does not parse:\n${document.slice(0, 200)}`);
      this.byHash.set(sha256(document), document);
      this.byHash.set(sha256(printed), printed);
      this.canonicalForms.add(printed);
    }
  }

  /** Reads the registry from schema/operations/ (or another folder). */
  static fromDirectory(dir?: string): TrustedOperations {
    return new TrustedOperations(loadExampleOperations(dir).map((operation) => operation.source));
  }

  get size(): number {
    return this.canonicalForms.size;
  }

  /** The registered document with this sha256 (hex), if any. */
  documentFor(hash: string): string | undefined {
    return this.byHash.get(hash.toLowerCase());
  }

  /** Whether this document is registered, verbatim or in canonical form. */
  has(query: string): boolean {
    if (this.byHash.has(sha256(query))) return true;
    const printed = canonical(query);
    return printed !== undefined && this.canonicalForms.has(printed);
  }
}

let defaultRegistry: TrustedOperations | undefined;

/** The registry of schema/operations/, read once. */
export function trustedOperations(): TrustedOperations {
  defaultRegistry ??= TrustedOperations.fromDirectory();
  return defaultRegistry;
}

/** Whether a partner API key may run this document: it is one of schema/operations/. */
export function isTrustedOperation(query: string): boolean {
  return trustedOperations().has(query);
}
