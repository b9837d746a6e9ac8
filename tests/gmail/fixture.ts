/** A Gmail add-on over the stand-ins and the demo mailbox, at the demo's fixed "now". */
import { readFileSync } from 'node:fs';
import { createAddOn } from '../../gmail-addon/src/addOn.ts';
import { DEMO_MESSAGES, DEMO_NOW, DEMO_OWNER } from '../../playground/demo-mailbox.ts';
import { createGmailWorld } from '../../playground/gmail/standins/gmailWorld.ts';
import type { GmailWorld } from '../../playground/gmail/standins/gmailWorld.ts';
import { createStandInHost } from '../../playground/gmail/standins/standInHost.ts';
import type {
  RecordedActionResponse,
  RecordedCard,
} from '../../playground/gmail/standins/recordingCardService.ts';

/** The Växjö configuration the Outlook demo uses too (the demo mailbox is Växjö's). */
export const VAXJO_CONFIG = readFileSync(
  new URL('../../addin/public/config/org.json', import.meta.url),
  'utf8',
);

export const NOW = Date.parse(DEMO_NOW);

export interface Fixture {
  readonly world: GmailWorld;
  readonly addOn: ReturnType<typeof createAddOn>;
  readonly logs: string[];
  readonly functionNames: string[];
  now: number;
}

/** The demo mailbox as a Gmail world; ORG_CONFIG is Växjö's unless given (null: not set). */
export function demoWorld(
  options: { orgConfig?: string | null; locale?: string; clock?: () => number } = {},
): GmailWorld {
  const world = createGmailWorld({
    owner: DEMO_OWNER,
    messages: DEMO_MESSAGES,
    locale: options.locale ?? 'sv',
    clock: options.clock ?? (() => NOW),
  });
  const config = options.orgConfig === undefined ? VAXJO_CONFIG : options.orgConfig;
  if (config !== null) world.scriptProperties.set('ORG_CONFIG', config);
  return world;
}

export function createFixture(
  options: { orgConfig?: string | null; locale?: string } = {},
): Fixture {
  const world = demoWorld({ ...options, clock: () => fixture.now });
  const fixture: Fixture = {
    world,
    addOn: undefined as never,
    logs: [],
    functionNames: [],
    now: NOW,
  };
  const { host, cards, logs } = createStandInHost(world, () => fixture.now);
  return Object.assign(fixture, {
    addOn: createAddOn(host),
    logs,
    functionNames: cards.functionNames,
  });
}

/** A message-open event as Gmail sends it. */
export function openEvent(messageId: string, locale = 'sv'): object {
  return {
    commonEventObject: { userLocale: locale, hostApp: 'GMAIL', platform: 'WEB' },
    gmail: { messageId, threadId: 't', accessToken: 'token-1' },
  };
}

/** An action event with parameters and form inputs. */
export function actionEvent(
  parameters: Record<string, string> = {},
  formInputs: Record<string, unknown> = {},
  extra: object = {},
): object {
  return {
    commonEventObject: { userLocale: 'sv', parameters, formInputs },
    parameters,
    ...extra,
  };
}

/** Every text of a recorded card, flattened: header, section headers, widget texts and labels. */
export function cardTexts(card: RecordedCard): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(card);
  return out;
}

/** The decorated-text facts of a card, label → text. */
export function facts(card: RecordedCard): Map<string, string> {
  const map = new Map<string, string>();
  for (const section of card.sections) {
    for (const widget of section.widgets) {
      if (widget.type === 'DecoratedText')
        map.set(String(widget['topLabel']), String(widget['text']));
    }
  }
  return map;
}

/** The card an action response navigates to. */
export function navigatedCard(response: unknown): RecordedCard {
  const r = response as RecordedActionResponse;
  const card = r.navigation?.updateCard ?? r.navigation?.pushCard;
  if (card === undefined) throw new Error(`no card in ${JSON.stringify(response).slice(0, 300)}`);
  return card;
}

export function notificationOf(response: unknown): string | undefined {
  return (response as RecordedActionResponse).notification?.text;
}
