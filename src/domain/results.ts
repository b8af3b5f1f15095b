/**
 * Shapes shared by every rule result. All results are plain JSON-serialisable data, so module
 * services can store them as decision snapshots and the graph layer can return them unchanged.
 */

/** Which rule (and which version of it) produced a result, and on what law it rests. */
export interface AppliedRule {
  /** Stable identifier, e.g. 'asylblg.2.waiting-period'. */
  ruleId: string;
  /** Version of the rule, usually the date from which it is in force. */
  version: string;
  /** Legal basis in the words a caseworker would cite, e.g. '§ 2 Abs. 1 AsylbLG'. */
  legalBasis: string;
  /** Where the rule or figure comes from (law gazette, city concept, DOMAIN.md, assumption). */
  source: string;
  /** false where the rule or figure still has to be verified by a lawyer or the city. */
  verified: boolean;
}

/** One human-readable reason with a stable machine code (for UI texts and tests). */
export interface Reason {
  code: string;
  message: string;
  /** The rule the reason comes from, if any. */
  ruleId?: string;
  /**
   * The same reason for audiences that may not read special categories, where `message` names one
   * (a disability, a score that decomposes into criteria): e.g. "additional space need +10 m²".
   */
  neutralMessage?: string;
}

/**
 * Switches for rule versions. Unverified rules that would change legal outcomes are off by
 * default and can be switched on by id; rules that are on by default can be switched off.
 */
export interface RuleOptions {
  enableRules?: readonly string[];
  disableRules?: readonly string[];
}

export function reason(code: string, message: string, ruleId?: string): Reason {
  return ruleId === undefined ? { code, message } : { code, message, ruleId };
}

/** A reason whose message names special-category data, with its wording for audiences that may not read it. */
export function sensitiveReason(code: string, message: string, neutralMessage: string, ruleId?: string): Reason {
  return message === neutralMessage
    ? reason(code, message, ruleId)
    : { ...reason(code, message, ruleId), neutralMessage };
}
