import { UsageError } from '../../usageError.ts';
import type { GraphConnection } from './graphConnection.ts';
import { graphRolesFor, missingRoles, rolesOfToken } from './graphPermissions.ts';

/** Gets a token and stops early, naming them, when the app lacks the command's permissions. */
export async function graphPreflight(
  connection: GraphConnection,
  command: 'audit' | 'audit-group' | 'orders',
  retry: <T>(call: () => Promise<T>) => Promise<T>,
): Promise<void> {
  let token: string;
  try {
    token = await retry(() => connection.token());
  } catch (error) {
    throw new UsageError(
      `cannot get a token from Entra ID: ${(error as Error).message.split('\n')[0] ?? ''}`,
    );
  }
  const missing = missingRoles(rolesOfToken(token), graphRolesFor(command));
  if (missing.length > 0)
    throw new UsageError(
      `the app registration lacks the application permission(s) ${missing.join(', ')} (see README: Scopes and permissions)`,
    );
}
