/**
 * Draws a card recorded by the CardService stand-in as accessible HTML, the way Gmail's side
 * panel shows it: header, sections (collapsible), facts, paragraphs, inputs and buttons. Card
 * text is CardService's formatted text (escaped text plus <b>); it is turned into DOM nodes, never
 * assigned as HTML.
 */
import type { RecordedCard, RecordedWidget } from './standins/recordingCardService.ts';

/** What a click on a card button asks for. */
export interface CardClick {
  readonly functionName: string;
  readonly parameters: Record<string, string>;
  readonly compose: boolean;
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
};

/** Appends CardService formatted text (escaped text and <b>…</b>) as text and <strong> nodes. */
export function appendFormatted(parent: HTMLElement, formatted: string): void {
  let bold = false;
  for (const part of formatted.split(/(<\/?b>)/)) {
    if (part === '<b>' || part === '</b>') {
      bold = part === '<b>';
      continue;
    }
    if (part === '') continue;
    const text = part.replace(/&lt;|&gt;|&amp;|&quot;|&#39;/g, (e) => ENTITIES[e] ?? e);
    if (bold) {
      const strong = document.createElement('strong');
      strong.textContent = text;
      parent.append(strong);
    } else {
      parent.append(text);
    }
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className !== undefined) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

let idCounter = 0;
function nextId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function drawButton(widget: RecordedWidget, onClick: (click: CardClick) => void): HTMLElement {
  const text = str(widget['text']);
  const link = widget['openLink'] as { url?: string } | undefined;
  if (link?.url !== undefined) {
    const a = el('a', { className: 'card-button card-link', text });
    a.href = link.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }
  const button = el('button', { className: 'card-button', text });
  button.type = 'button';
  if (widget['textButtonStyle'] === 'FILLED') button.classList.add('filled');
  if (widget['disabled'] === true) button.disabled = true;
  const compose = widget['composeAction'] as { action?: RecordedWidget } | undefined;
  const action = (compose?.action ?? widget['onClickAction']) as RecordedWidget | undefined;
  button.addEventListener('click', () => {
    if (action === undefined) return;
    onClick({
      functionName: str(action['functionName']),
      parameters: { ...((action['parameters'] as Record<string, string> | undefined) ?? {}) },
      compose: compose !== undefined,
    });
  });
  return button;
}

function isoOfMs(ms: unknown): string {
  return typeof ms === 'number' ? new Date(ms).toISOString().slice(0, 10) : '';
}

function drawWidget(widget: RecordedWidget, onClick: (click: CardClick) => void): HTMLElement {
  switch (widget.type) {
    case 'TextParagraph': {
      const p = el('p', { className: 'card-text' });
      appendFormatted(p, str(widget['text']));
      return p;
    }
    case 'DecoratedText': {
      const box = el('div', { className: 'card-fact' });
      if (widget['topLabel'] !== undefined)
        box.append(el('div', { className: 'fact-label', text: str(widget['topLabel']) }));
      const value = el('div', { className: 'fact-text' });
      const link = widget['openLink'] as { url?: string } | undefined;
      if (link?.url !== undefined) {
        const a = el('a', { className: 'fact-link' });
        a.href = link.url;
        appendFormatted(a, str(widget['text']));
        value.append(a);
      } else {
        appendFormatted(value, str(widget['text']));
      }
      box.append(value);
      if (widget['bottomLabel'] !== undefined) {
        box.append(el('div', { className: 'fact-bottom', text: str(widget['bottomLabel']) }));
      }
      return box;
    }
    case 'ButtonSet': {
      const set = el('div', { className: 'card-buttons' });
      for (const button of (widget['buttons'] as RecordedWidget[] | undefined) ?? [])
        set.append(drawButton(button, onClick));
      return set;
    }
    case 'TextInput': {
      const id = nextId('input');
      const wrap = el('div', { className: 'card-input' });
      const label = el('label', { text: str(widget['title']) });
      label.htmlFor = id;
      const input = widget['multiline'] === true ? el('textarea') : el('input');
      input.id = id;
      input.name = str(widget['fieldName']);
      input.value = str(widget['value']);
      input.dataset['kind'] = 'text';
      wrap.append(label, input);
      if (widget['hint'] !== undefined) {
        const hint = el('div', { className: 'input-hint', text: str(widget['hint']) });
        hint.id = `${id}-hint`;
        input.setAttribute('aria-describedby', hint.id);
        wrap.append(hint);
      }
      return wrap;
    }
    case 'DatePicker': {
      const id = nextId('date');
      const wrap = el('div', { className: 'card-input' });
      const label = el('label', { text: str(widget['title']) });
      label.htmlFor = id;
      const input = el('input');
      input.type = 'date';
      input.id = id;
      input.name = str(widget['fieldName']);
      input.value = isoOfMs(widget['valueInMsSinceEpoch']);
      input.dataset['kind'] = 'date';
      wrap.append(label, input);
      return wrap;
    }
    case 'SelectionInput': {
      const items =
        (widget['items'] as { text: string; value: string; selected: boolean }[] | undefined) ?? [];
      const name = str(widget['fieldName']);
      if (widget['inputType'] === 'DROPDOWN') {
        const id = nextId('select');
        const wrap = el('div', { className: 'card-input' });
        const label = el('label', { text: str(widget['title']) });
        label.htmlFor = id;
        const select = el('select');
        select.id = id;
        select.name = name;
        select.dataset['kind'] = 'select';
        for (const item of items) {
          const option = el('option', { text: item.text });
          option.value = item.value;
          option.selected = item.selected;
          select.append(option);
        }
        wrap.append(label, select);
        return wrap;
      }
      const fieldset = el(
        'fieldset',
        { className: 'card-choices' },
        el('legend', { text: str(widget['title']) }),
      );
      for (const item of items) {
        const id = nextId('check');
        const input = el('input');
        input.type = 'checkbox';
        input.id = id;
        input.name = name;
        input.value = item.value;
        input.checked = item.selected;
        input.dataset['kind'] = 'check';
        const label = el('label', { text: item.text });
        label.htmlFor = id;
        fieldset.append(el('div', {}, input, label));
      }
      return fieldset;
    }
    case 'Divider':
      return el('hr');
    default:
      return el('p', { text: `(${widget.type})` });
  }
}

/** Draws a recorded card; `onClick` gets the button's action. Gmail's own words follow `english`. */
export function drawCard(
  card: RecordedCard,
  onClick: (click: CardClick) => void,
  english = false,
): HTMLElement {
  const more = english ? 'Show more' : 'Visa mer';
  const less = english ? 'Show less' : 'Visa mindre';
  const root = el('form', { className: 'card' });
  root.addEventListener('submit', (event) => event.preventDefault());
  root.setAttribute('aria-label', card.header?.title ?? 'Kort');
  const header = el(
    'div',
    { className: 'card-header' },
    el('h2', { text: card.header?.title ?? '' }),
  );
  // Focus goes here when a new card replaces the one a button was on.
  header.querySelector('h2')?.setAttribute('tabindex', '-1');
  if (card.header?.subtitle !== undefined)
    header.append(el('p', { className: 'card-subtitle', text: card.header.subtitle }));
  root.append(header);
  for (const section of card.sections) {
    const box = el('section', { className: 'card-section' });
    if (section.header !== undefined) {
      const h = el('h3');
      appendFormatted(h, section.header);
      box.append(h);
    }
    const drawn = section.widgets.map((w) => drawWidget(w, onClick));
    const visible =
      section.collapsible === true ? (section.numUncollapsibleWidgets ?? 1) : drawn.length;
    box.append(...drawn.slice(0, visible));
    if (drawn.length > visible) {
      const rest = el('div', { className: 'card-more' }, ...drawn.slice(visible));
      rest.id = nextId('more');
      rest.hidden = true;
      const toggle = el('button', { className: 'card-toggle', text: more });
      toggle.type = 'button';
      toggle.setAttribute('aria-expanded', 'false');
      toggle.setAttribute('aria-controls', rest.id);
      toggle.addEventListener('click', () => {
        rest.hidden = !rest.hidden;
        toggle.setAttribute('aria-expanded', String(!rest.hidden));
        toggle.textContent = rest.hidden ? more : less;
      });
      box.append(rest, toggle);
    }
    root.append(box);
  }
  const footer = card.fixedFooter?.primaryButton;
  if (footer !== undefined)
    root.append(el('div', { className: 'card-footer' }, drawButton(footer, onClick)));
  return root;
}

/** The form inputs of a drawn card as Gmail puts them in `commonEventObject.formInputs`. */
export function formInputsOf(root: HTMLElement): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const node of root.querySelectorAll<
    HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
  >('[name]')) {
    const kind = node.dataset['kind'];
    if (kind === 'date') {
      if (node.value !== '') {
        const [y, m, d] = node.value.split('-').map(Number);
        // Gmail sends the picked date as a string of ms since epoch at 00:00 UTC.
        inputs[node.name] = {
          dateInput: { msSinceEpoch: String(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)) },
        };
      }
    } else if (kind === 'check') {
      // Like Gmail, a group with nothing ticked is left out.
      if (!(node as HTMLInputElement).checked) continue;
      const entry = (inputs[node.name] as { stringInputs: { value: string[] } } | undefined) ?? {
        stringInputs: { value: [] },
      };
      entry.stringInputs.value.push(node.value);
      inputs[node.name] = entry;
    } else if (node.value !== '') {
      inputs[node.name] = { stringInputs: { value: [node.value] } };
    }
  }
  return inputs;
}
