/**
 * The part of Apps Script's CardService the add-on uses, as a structural type: the real
 * `CardService` satisfies it (checked in src/index.ts) and so does the recording stand-in the
 * tests and the playground use. Enum values are opaque here.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- builder return types are the host's. */

export interface ActionB {
  setFunctionName(name: string): ActionB;
  setParameters(parameters: { [key: string]: string }): ActionB;
}

export interface OpenLinkB {
  setUrl(url: string): OpenLinkB;
}

export interface TextButtonB {
  setText(text: string): TextButtonB;
  setOnClickAction(action: any): TextButtonB;
  setComposeAction(action: any, type: any): TextButtonB;
  setOpenLink(link: any): TextButtonB;
  setTextButtonStyle(style: any): TextButtonB;
  setDisabled(disabled: boolean): TextButtonB;
}

export interface CardSectionB {
  setHeader(header: string): CardSectionB;
  setCollapsible(collapsible: boolean): CardSectionB;
  setNumUncollapsibleWidgets(n: number): CardSectionB;
  addWidget(widget: any): CardSectionB;
}

export interface CardHeaderB {
  setTitle(title: string): CardHeaderB;
  setSubtitle(subtitle: string): CardHeaderB;
}

export interface FixedFooterB {
  setPrimaryButton(button: any): FixedFooterB;
}

export interface CardB {
  setName(name: string): CardB;
  setHeader(header: any): CardB;
  addSection(section: any): CardB;
  setFixedFooter(footer: FixedFooterB): CardB;
  build(): any;
}

export interface TextParagraphB {
  setText(text: string): TextParagraphB;
}

export interface DecoratedTextB {
  setTopLabel(text: string): DecoratedTextB;
  setText(text: string): DecoratedTextB;
  setBottomLabel(text: string): DecoratedTextB;
  setWrapText(wrap: boolean): DecoratedTextB;
  setOpenLink(link: any): DecoratedTextB;
}

export interface ButtonSetB {
  addButton(button: any): ButtonSetB;
}

export interface TextInputB {
  setFieldName(name: string): TextInputB;
  setTitle(title: string): TextInputB;
  setValue(value: string): TextInputB;
  setHint(hint: string): TextInputB;
  setMultiline(multiline: boolean): TextInputB;
}

export interface DatePickerB {
  setFieldName(name: string): DatePickerB;
  setTitle(title: string): DatePickerB;
  setValueInMsSinceEpoch(ms: number): DatePickerB;
}

export interface SelectionInputB {
  setType(type: any): SelectionInputB;
  setFieldName(name: string): SelectionInputB;
  setTitle(title: string): SelectionInputB;
  addItem(text: any, value: any, selected: boolean): SelectionInputB;
}

export interface NavigationB {
  pushCard(card: any): NavigationB;
  updateCard(card: any): NavigationB;
}

export interface NotificationB {
  setText(text: string): NotificationB;
}

export interface ActionResponseB {
  setNavigation(navigation: any): ActionResponseB;
  setNotification(notification: any): ActionResponseB;
  build(): any;
}

export interface ComposeActionResponseB {
  setGmailDraft(draft: any): ComposeActionResponseB;
  build(): any;
}

export interface CardServiceLike {
  readonly TextButtonStyle: { readonly FILLED: any; readonly TEXT: any };
  readonly ComposedEmailType: { readonly REPLY_AS_DRAFT: any; readonly STANDALONE_DRAFT: any };
  readonly SelectionInputType: { readonly CHECK_BOX: any; readonly DROPDOWN: any };
  newCardBuilder(): CardB;
  newCardHeader(): CardHeaderB;
  newCardSection(): CardSectionB;
  newFixedFooter(): FixedFooterB;
  newTextParagraph(): TextParagraphB;
  newDecoratedText(): DecoratedTextB;
  newButtonSet(): ButtonSetB;
  newTextButton(): TextButtonB;
  newAction(): ActionB;
  newOpenLink(): OpenLinkB;
  newTextInput(): TextInputB;
  newDatePicker(): DatePickerB;
  newSelectionInput(): SelectionInputB;
  newDivider(): unknown;
  newNavigation(): NavigationB;
  newNotification(): NotificationB;
  newActionResponseBuilder(): ActionResponseB;
  newComposeActionResponseBuilder(): ComposeActionResponseB;
}
