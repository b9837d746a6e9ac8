/**
 * Cards as plain data. Every card the add-on shows is first built as a `CardModel` by a pure
 * function (tested directly), then drawn with CardService by `renderCard`. Texts in the model are
 * plain text: the renderer escapes them, so nothing a sender wrote can become markup.
 */

/** What a button or a link does when clicked. */
export type ActionModel =
  | {
      readonly kind: 'call';
      /** A top-level function of the bundle. */
      readonly functionName: string;
      readonly parameters?: Readonly<Record<string, string>>;
    }
  | {
      /** Builds a Gmail draft and opens it in a compose window. */
      readonly kind: 'compose';
      readonly functionName: string;
      readonly parameters?: Readonly<Record<string, string>>;
      readonly draftType: 'reply' | 'standalone';
    }
  | { readonly kind: 'openLink'; readonly url: string };

export interface ButtonModel {
  readonly text: string;
  readonly action: ActionModel;
  /** The main action of its card: drawn filled. */
  readonly primary?: boolean;
  readonly disabled?: boolean;
}

/** One choice of a checkbox group or a dropdown. */
export interface ChoiceModel {
  readonly text: string;
  readonly value: string;
  readonly selected: boolean;
}

export type WidgetModel =
  | { readonly kind: 'text'; readonly text: string; readonly bold?: boolean }
  | {
      readonly kind: 'fact';
      readonly label: string;
      readonly text: string;
      readonly bottomLabel?: string;
      /** Opens this link when the fact is clicked (e.g. the thread in Gmail). */
      readonly openUrl?: string;
    }
  | { readonly kind: 'buttons'; readonly buttons: readonly ButtonModel[] }
  | {
      readonly kind: 'textInput';
      readonly name: string;
      readonly label: string;
      readonly value?: string;
      readonly hint?: string;
      readonly multiline?: boolean;
    }
  | {
      readonly kind: 'datePicker';
      readonly name: string;
      readonly label: string;
      /** Midnight UTC of the shown date, as Gmail's date picker expects. */
      readonly valueMs?: number;
    }
  | {
      /** Checkboxes (any number ticked) or a dropdown (one chosen). */
      readonly kind: 'checkboxes' | 'dropdown';
      readonly name: string;
      readonly label: string;
      readonly items: readonly ChoiceModel[];
    }
  | { readonly kind: 'divider' };

export interface SectionModel {
  readonly header?: string;
  readonly widgets: readonly WidgetModel[];
  /** Show only the first `uncollapsible` widgets until the user expands the section. */
  readonly collapsible?: { readonly uncollapsible: number };
}

export interface CardModel {
  /** Stable card name, used for navigation. */
  readonly name: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly sections: readonly SectionModel[];
  readonly footer?: ButtonModel;
}

/** What a handler answers Gmail with. */
export type ResponseModel =
  /** A trigger's card (homepage, opened message). */
  | { readonly kind: 'card'; readonly card: CardModel }
  /** An action's answer: optionally a new or replaced card, and a notification. */
  | {
      readonly kind: 'action';
      readonly navigation?: { readonly mode: 'push' | 'update'; readonly card: CardModel };
      readonly notification?: string;
    }
  /** A compose action's answer: the draft Gmail opens. `draft` is the host's GmailDraft. */
  | { readonly kind: 'compose'; readonly draft: unknown };
