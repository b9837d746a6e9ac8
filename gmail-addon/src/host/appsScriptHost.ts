/**
 * The host made of Apps Script's real globals. Only src/index.ts uses it, and only when a trigger
 * runs, so loading the bundle touches none of them. The assignments are also a compile-time
 * check that the real services satisfy the add-on's structural types.
 */
import type { CardServiceLike } from '../cards/cardServiceLike';
import type { GmailAdvanced, GmailAppLike, Host, PropertiesLike, SessionLike } from './hostTypes';

export function appsScriptHost(): Host {
  const cardService: CardServiceLike = CardService;
  const gmail: GmailAdvanced | undefined = typeof Gmail === 'undefined' ? undefined : Gmail;
  const gmailApp: GmailAppLike = GmailApp;
  const userProperties: PropertiesLike = PropertiesService.getUserProperties();
  const scriptProperties: PropertiesLike = PropertiesService.getScriptProperties();
  const session: SessionLike = Session;
  return {
    cardService,
    gmail,
    gmailApp,
    userProperties,
    scriptProperties,
    session,
    now: () => Date.now(),
    log: (kind) => console.warn(kind),
  };
}
