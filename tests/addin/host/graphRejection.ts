import { isGraphError } from '../../../addin/src/host/graph/graphError.ts';
import type { GraphError } from '../../../addin/src/host/graph/graphError.ts';

/** The GraphError a promise rejects with; fails the test when it resolves or rejects otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<GraphError> {
  try {
    await promise;
  } catch (e) {
    if (isGraphError(e)) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}
