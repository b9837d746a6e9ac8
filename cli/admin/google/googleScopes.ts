// The narrowest Google scopes per command (README: "Scopes and permissions of svarsplikt admin").

/** List the organisation's users (Directory, impersonating the admin). */
export const DIRECTORY_READ = 'https://www.googleapis.com/auth/admin.directory.user.readonly';
/** Read vacation, auto-forwarding, forwarding addresses, filters and delegates (each user). */
export const GMAIL_SETTINGS_BASIC = 'https://www.googleapis.com/auth/gmail.settings.basic';
/** Create forwarding addresses and delegates, change auto-forwarding (orders only). */
export const GMAIL_SETTINGS_SHARING = 'https://www.googleapis.com/auth/gmail.settings.sharing';

/** The scopes a command asks for when impersonating a user. */
export function userScopes(command: 'audit' | 'orders'): readonly string[] {
  return command === 'audit'
    ? [GMAIL_SETTINGS_BASIC]
    : [GMAIL_SETTINGS_BASIC, GMAIL_SETTINGS_SHARING];
}
