/**
 * A recording stand-in for Apps Script's CardService. Builders chain like the real ones and
 * `build()` returns a plain JSON tree (what the playground draws and the tests inspect). It is
 * strict where the real service is: a card needs a section, a button needs text and exactly one
 * action, an action needs a function name, parameters must be strings.
 */

export type Json =
  null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

/** A built card as recorded. */
export interface RecordedCard {
  readonly type: 'Card';
  readonly name?: string;
  readonly header?: { readonly title: string; readonly subtitle?: string };
  readonly sections: readonly RecordedSection[];
  readonly fixedFooter?: { readonly primaryButton: RecordedWidget };
}

export interface RecordedSection {
  readonly header?: string;
  readonly collapsible?: boolean;
  readonly numUncollapsibleWidgets?: number;
  readonly widgets: readonly RecordedWidget[];
}

/** A widget as recorded: `type` is the CardService class name. */
export interface RecordedWidget {
  readonly type: string;
  readonly [key: string]: Json | undefined;
}

export interface RecordedActionResponse {
  readonly type: 'ActionResponse';
  readonly navigation?: { readonly pushCard?: RecordedCard; readonly updateCard?: RecordedCard };
  readonly notification?: { readonly text: string };
}

export interface RecordedComposeResponse {
  readonly type: 'ComposeActionResponse';
  readonly draftId: string;
}

type State = Record<string, unknown>;

const SERIALIZE = Symbol('serialize');

interface StandIn {
  [SERIALIZE](): Json;
}

function isStandIn(value: unknown): value is StandIn {
  return typeof value === 'object' && value !== null && SERIALIZE in value;
}

function serialize(value: unknown): Json {
  if (isStandIn(value)) return value[SERIALIZE]();
  if (Array.isArray(value)) return value.map(serialize);
  if (value === undefined) return null;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = serialize(v);
    return out;
  }
  return value as Json;
}

function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new TypeError(`${what}: expected a string.`);
  return value;
}

/**
 * Makes a chaining builder whose setters store their first argument under a key, plus any extra
 * methods given. Unknown methods do not exist, as on the real objects.
 */
function standIn(
  type: string,
  setters: Record<string, string>,
  extra: Record<string, (state: State, ...args: unknown[]) => void> = {},
  validate: (state: State) => void = () => undefined,
): Record<string, unknown> & StandIn {
  const state: State = { type };
  const object: Record<string, unknown> & StandIn = {
    [SERIALIZE]: () => {
      validate(state);
      return serialize(state);
    },
  };
  for (const [method, key] of Object.entries(setters)) {
    object[method] = (value: unknown) => {
      if (value === undefined) throw new TypeError(`${type}.${method}: missing argument.`);
      state[key] = value;
      return object;
    };
  }
  for (const [method, run] of Object.entries(extra)) {
    object[method] = (...args: unknown[]) => {
      run(state, ...args);
      return object;
    };
  }
  return object;
}

function push(state: State, key: string, value: unknown): void {
  const list = (state[key] as unknown[] | undefined) ?? [];
  list.push(value);
  state[key] = list;
}

/** The recording CardService and what it saw. */
export interface RecordingCardService {
  readonly service: Record<string, unknown>;
  /** Every name passed to Action.setFunctionName, in order. */
  readonly functionNames: string[];
}

/** Creates a fresh recording CardService. */
export function createRecordingCardService(): RecordingCardService {
  const functionNames: string[] = [];

  const validateButton = (state: State): void => {
    requireString(state.text, 'TextButton.setText');
    const actions = ['onClickAction', 'composeAction', 'openLink'].filter((k) => k in state);
    if (actions.length !== 1) throw new Error('TextButton: set exactly one action.');
  };

  const service: Record<string, unknown> = {
    TextButtonStyle: Object.freeze({ TEXT: 'TEXT', OUTLINED: 'OUTLINED', FILLED: 'FILLED' }),
    ComposedEmailType: Object.freeze({
      REPLY_AS_DRAFT: 'REPLY_AS_DRAFT',
      STANDALONE_DRAFT: 'STANDALONE_DRAFT',
    }),
    SelectionInputType: Object.freeze({
      CHECK_BOX: 'CHECK_BOX',
      RADIO_BUTTON: 'RADIO_BUTTON',
      SWITCH: 'SWITCH',
      DROPDOWN: 'DROPDOWN',
    }),
    newCardBuilder: () => {
      const builder = standIn(
        'Card',
        { setName: 'name', setHeader: 'header', setFixedFooter: 'fixedFooter' },
        { addSection: (s, section) => push(s, 'sections', section) },
        (s) => {
          if (!Array.isArray(s.sections) || s.sections.length === 0) {
            throw new Error('Card: a card needs at least one section.');
          }
        },
      );
      builder.build = () => Object.freeze(builder[SERIALIZE]()) as unknown as RecordedCard;
      return builder;
    },
    newCardHeader: () =>
      standIn('CardHeader', { setTitle: 'title', setSubtitle: 'subtitle' }, {}, (s) => {
        requireString(s.title, 'CardHeader.setTitle');
      }),
    newCardSection: () =>
      standIn(
        'CardSection',
        {
          setHeader: 'header',
          setCollapsible: 'collapsible',
          setNumUncollapsibleWidgets: 'numUncollapsibleWidgets',
        },
        {
          addWidget: (s, widget) => {
            if (!isStandIn(widget)) throw new TypeError('CardSection.addWidget: not a widget.');
            push(s, 'widgets', widget);
          },
        },
        (s) => {
          if (!Array.isArray(s.widgets) || s.widgets.length === 0) {
            throw new Error('CardSection: a section needs at least one widget.');
          }
        },
      ),
    newFixedFooter: () => standIn('FixedFooter', { setPrimaryButton: 'primaryButton' }),
    newTextParagraph: () => standIn('TextParagraph', { setText: 'text' }),
    newDecoratedText: () =>
      standIn(
        'DecoratedText',
        {
          setTopLabel: 'topLabel',
          setText: 'text',
          setBottomLabel: 'bottomLabel',
          setWrapText: 'wrapText',
          setOpenLink: 'openLink',
        },
        {},
        (s) => requireString(s.text, 'DecoratedText.setText'),
      ),
    newButtonSet: () => standIn('ButtonSet', {}, { addButton: (s, b) => push(s, 'buttons', b) }),
    newTextButton: () =>
      standIn(
        'TextButton',
        {
          setText: 'text',
          setOnClickAction: 'onClickAction',
          setOpenLink: 'openLink',
          setTextButtonStyle: 'textButtonStyle',
          setDisabled: 'disabled',
        },
        {
          setComposeAction: (s, action, type) => {
            if (type !== 'REPLY_AS_DRAFT' && type !== 'STANDALONE_DRAFT') {
              throw new TypeError('TextButton.setComposeAction: unknown ComposedEmailType.');
            }
            s.composeAction = { action, composedEmailType: type };
          },
        },
        validateButton,
      ),
    newAction: () =>
      standIn(
        'Action',
        {},
        {
          setFunctionName: (s, name) => {
            functionNames.push(requireString(name, 'Action.setFunctionName'));
            s.functionName = name;
          },
          setParameters: (s, parameters) => {
            for (const [k, v] of Object.entries(parameters as object)) {
              requireString(v, `Action.setParameters: ${k}`);
            }
            s.parameters = { ...(parameters as object) };
          },
        },
        (s) => requireString(s.functionName, 'Action.setFunctionName'),
      ),
    newOpenLink: () =>
      standIn('OpenLink', { setUrl: 'url' }, {}, (s) => {
        if (!/^https:\/\//.test(requireString(s.url, 'OpenLink.setUrl'))) {
          throw new Error('OpenLink: only https links.');
        }
      }),
    newTextInput: () =>
      standIn(
        'TextInput',
        {
          setFieldName: 'fieldName',
          setTitle: 'title',
          setValue: 'value',
          setHint: 'hint',
          setMultiline: 'multiline',
        },
        {},
        (s) => requireString(s.fieldName, 'TextInput.setFieldName'),
      ),
    newDatePicker: () =>
      standIn(
        'DatePicker',
        { setFieldName: 'fieldName', setTitle: 'title' },
        {
          setValueInMsSinceEpoch: (s, ms) => {
            const value = typeof ms === 'string' ? Number(ms) : ms;
            if (typeof value !== 'number' || !Number.isFinite(value)) {
              throw new TypeError('DatePicker.setValueInMsSinceEpoch: not a number.');
            }
            s.valueInMsSinceEpoch = value;
          },
        },
        (s) => requireString(s.fieldName, 'DatePicker.setFieldName'),
      ),
    newSelectionInput: () =>
      standIn(
        'SelectionInput',
        { setType: 'inputType', setFieldName: 'fieldName', setTitle: 'title' },
        {
          addItem: (s, text, value, selected) =>
            push(s, 'items', {
              text: String(text),
              value: String(value),
              selected: selected === true,
            }),
        },
        (s) => requireString(s.fieldName, 'SelectionInput.setFieldName'),
      ),
    newDivider: () => standIn('Divider', {}),
    newNavigation: () => standIn('Navigation', { pushCard: 'pushCard', updateCard: 'updateCard' }),
    newNotification: () =>
      standIn('Notification', { setText: 'text' }, {}, (s) =>
        requireString(s.text, 'Notification.setText'),
      ),
    newActionResponseBuilder: () => {
      const builder = standIn('ActionResponse', {
        setNavigation: 'navigation',
        setNotification: 'notification',
      });
      builder.build = () =>
        Object.freeze(builder[SERIALIZE]()) as unknown as RecordedActionResponse;
      return builder;
    },
    newComposeActionResponseBuilder: () => {
      const builder = standIn(
        'ComposeActionResponse',
        {},
        {
          setGmailDraft: (s, draft) => {
            const id = (draft as { getId?: () => string } | null)?.getId?.();
            if (typeof id !== 'string') throw new TypeError('setGmailDraft: not a GmailDraft.');
            s.draftId = id;
          },
        },
      );
      builder.build = () =>
        Object.freeze(builder[SERIALIZE]()) as unknown as RecordedComposeResponse;
      return builder;
    },
  };
  return { service, functionNames };
}
