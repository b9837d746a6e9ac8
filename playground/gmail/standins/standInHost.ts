/**
 * A Host for the add-on's handlers made of the stand-ins, for the tests and the in-browser
 * playground (the vm smoke test uses the same stand-ins as globals instead).
 */
import type { Host } from '../../../gmail-addon/src/host/hostTypes.ts';
import type { CardServiceLike } from '../../../gmail-addon/src/cards/cardServiceLike.ts';
import { createAppsScriptGlobals } from './gmailWorld.ts';
import type { GmailWorld } from './gmailWorld.ts';
import { createRecordingCardService } from './recordingCardService.ts';
import type { RecordingCardService } from './recordingCardService.ts';

export interface StandInHost {
  readonly host: Host;
  readonly cards: RecordingCardService;
  /** Diagnostics the add-on logged (error kinds only). */
  readonly logs: string[];
}

/** A host over a world at a fixed "now". */
export function createStandInHost(world: GmailWorld, now: () => number): StandInHost {
  const globals = createAppsScriptGlobals(world);
  const cards = createRecordingCardService();
  const logs: string[] = [];
  const host: Host = {
    cardService: cards.service as unknown as CardServiceLike,
    gmail: globals.Gmail,
    gmailApp: globals.GmailApp,
    userProperties: globals.PropertiesService.getUserProperties(),
    scriptProperties: globals.PropertiesService.getScriptProperties(),
    session: globals.Session,
    now,
    log: (kind) => logs.push(kind),
  };
  return { host, cards, logs };
}
