import type { Bilingual } from '../i18n/lang.ts';
import { GUIDELINES } from './guidelines.ts';
import { sourceIn } from './source.ts';
import type { Source } from './source.ts';

/** One duty: act within a number of working days, as a guideline says. */
export interface Rule {
  readonly workingDays: number;
  readonly source: Source;
  /** The duty in words, e.g. "återkoppling inom 3 arbetsdagar". */
  readonly text: Bilingual;
}

/** A reply policy: the reply duty, an optional softer target and an optional forward-within duty. */
export interface Policy {
  readonly id: string;
  readonly name: string;
  /** The municipality's own mail domain, for a bare preset organisation (e.g. the CLI). */
  readonly domain?: string;
  readonly reply: Rule;
  readonly target?: Rule;
  readonly forwardWithin?: Rule;
}

const VAXJO = sourceIn(
  GUIDELINES.vaxjo,
  'Invånaren, företagen och civilsamhället i fokus – varje gång',
);
const VAXHOLM = sourceIn(GUIDELINES.vaxholm, 'Svarstider');
const ALE = sourceIn(GUIDELINES.ale, 'Vi är tillgängliga');
const VIMMERBY = sourceIn(GUIDELINES.vimmerby, 'Besvara e-post skyndsamt');

/** A rule with its text in both languages. */
export function rule(workingDays: number, source: Source, sv: string, en: string): Rule {
  return Object.freeze({
    workingDays,
    source: Object.freeze(source),
    text: Object.freeze({ sv, en }),
  });
}

/** The four guideline presets of docs/rules.md §6, each rule citing its guideline and section. */
export const POLICY_PRESETS: readonly Policy[] = Object.freeze([
  Object.freeze({
    id: 'vaxjo',
    domain: 'vaxjo.se',
    name: 'Växjö kommunkoncern',
    reply: rule(
      3,
      VAXJO,
      'återkoppling inom 3 arbetsdagar – bekräfta att ärendet är mottaget och att handläggning påbörjats',
      'feedback within 3 working days – confirm that the matter is received and handling has started',
    ),
  }),
  Object.freeze({
    id: 'vaxholm',
    domain: 'vaxholm.se',
    name: 'Vaxholms stad',
    reply: rule(
      2,
      VAXHOLM,
      'svar eller besked om när svar kan ges inom 2 arbetsdagar',
      'an answer, or word of when one can be given, within 2 working days',
    ),
    forwardWithin: rule(
      2,
      VAXHOLM,
      'ärenden vi inte själva hanterar vidarebefordras inom 2 arbetsdagar',
      'matters that are not ours are forwarded within 2 working days',
    ),
  }),
  Object.freeze({
    id: 'ale',
    domain: 'ale.se',
    name: 'Ale kommun',
    reply: rule(
      3,
      ALE,
      'återkoppling inom en till tre arbetsdagar, med beräknad handläggningstid',
      'feedback within one to three working days, with the expected handling time',
    ),
    target: rule(
      1,
      ALE,
      'helst återkoppling inom 1 arbetsdag',
      'preferably feedback within 1 working day',
    ),
  }),
  Object.freeze({
    id: 'vimmerby',
    domain: 'vimmerby.se',
    name: 'Vimmerby kommun',
    reply: rule(
      2,
      VIMMERBY,
      'svar inom 2 arbetsdagar, eller besked inom 2 arbetsdagar om handläggningen tar längre tid',
      'an answer within 2 working days, or notice within 2 working days if handling takes longer',
    ),
  }),
]);

/** The preset with this id, or undefined. */
export function policyPreset(id: string): Policy | undefined {
  return POLICY_PRESETS.find((policy) => policy.id === id);
}
