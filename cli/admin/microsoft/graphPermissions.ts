// Graph application permissions per command (README: "Scopes and permissions of svarsplikt admin").
// App-only tokens carry the permissions granted to the app; the tool asks for `.default` and
// checks that the granted roles are enough before it starts.

/** The permissions a command needs (any one of each inner list). */
export function graphRolesFor(
  command: 'audit' | 'audit-group' | 'orders',
): readonly (readonly string[])[] {
  if (command === 'audit')
    return [
      ['User.Read.All', 'User.ReadBasic.All'],
      ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
    ];
  if (command === 'audit-group')
    return [['GroupMember.Read.All'], ['MailboxSettings.Read', 'MailboxSettings.ReadWrite']];
  return [['MailboxSettings.ReadWrite']];
}

/** The missing permissions, by the roles claim of an app-only token. */
export function missingRoles(
  granted: readonly string[],
  needed: readonly (readonly string[])[],
): string[] {
  return needed
    .filter((anyOf) => !anyOf.some((role) => granted.includes(role)))
    .map((anyOf) => anyOf.join(' or '));
}

/** The `roles` claim of an access token (it is not verified here; Graph does that). */
export function rolesOfToken(token: string): string[] {
  const payload = token.split('.')[1];
  if (payload === undefined) return [];
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      roles?: unknown;
    };
    return Array.isArray(claims.roles)
      ? claims.roles.filter((r): r is string => typeof r === 'string')
      : [];
  } catch {
    return [];
  }
}
