import { Router } from 'express';

/** Placeholder until the offline GraphQL IDE is wired in: browsers get a short page. */
export function ideRouter(): Router {
  return Router();
}
