/**
 * Job ids. They become folder names under the data dir, so an id is only ever used in a path after
 * it has matched this strict pattern (a lowercase UUID v4): nothing a client sends can reach `..`,
 * a slash, or another job's folder by accident of formatting.
 */
import { randomUUID } from 'node:crypto';

const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function newJobId(): string {
  return randomUUID();
}

export function isJobId(value: unknown): value is string {
  return typeof value === 'string' && JOB_ID.test(value);
}
