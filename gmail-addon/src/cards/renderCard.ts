import type { ActionModel, ButtonModel, CardModel, ResponseModel, WidgetModel } from './cardModel';
import type { CardServiceLike, TextButtonB } from './cardServiceLike';

/**
 * Escapes text for CardService's formatted text (TextParagraph, DecoratedText's text and labels,
 * section headers), which accepts a little HTML. Every string goes through here, labels included:
 * a sender's display name reaches a queue card's bottom label.
 */
export function escapeCardText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function renderButton(button: ButtonModel, cs: CardServiceLike): TextButtonB {
  const built = cs.newTextButton().setText(button.text);
  attachAction(built, button.action, cs);
  if (button.primary === true) built.setTextButtonStyle(cs.TextButtonStyle.FILLED);
  if (button.disabled === true) built.setDisabled(true);
  return built;
}

function attachAction(button: TextButtonB, action: ActionModel, cs: CardServiceLike): void {
  if (action.kind === 'openLink') {
    button.setOpenLink(cs.newOpenLink().setUrl(action.url));
    return;
  }
  const hostAction = cs.newAction().setFunctionName(action.functionName);
  if (action.parameters !== undefined) hostAction.setParameters({ ...action.parameters });
  if (action.kind === 'compose') {
    const type =
      action.draftType === 'reply'
        ? cs.ComposedEmailType.REPLY_AS_DRAFT
        : cs.ComposedEmailType.STANDALONE_DRAFT;
    button.setComposeAction(hostAction, type);
  } else {
    button.setOnClickAction(hostAction);
  }
}

function renderWidget(widget: WidgetModel, cs: CardServiceLike): unknown {
  switch (widget.kind) {
    case 'text': {
      const text = escapeCardText(widget.text);
      return cs.newTextParagraph().setText(widget.bold === true ? `<b>${text}</b>` : text);
    }
    case 'fact': {
      const fact = cs
        .newDecoratedText()
        .setTopLabel(escapeCardText(widget.label))
        .setText(escapeCardText(widget.text))
        .setWrapText(true);
      if (widget.bottomLabel !== undefined) fact.setBottomLabel(escapeCardText(widget.bottomLabel));
      if (widget.openUrl !== undefined) fact.setOpenLink(cs.newOpenLink().setUrl(widget.openUrl));
      return fact;
    }
    case 'buttons': {
      const set = cs.newButtonSet();
      for (const button of widget.buttons) set.addButton(renderButton(button, cs));
      return set;
    }
    case 'textInput': {
      const input = cs.newTextInput().setFieldName(widget.name).setTitle(widget.label);
      if (widget.value !== undefined) input.setValue(widget.value);
      if (widget.hint !== undefined) input.setHint(widget.hint);
      if (widget.multiline === true) input.setMultiline(true);
      return input;
    }
    case 'datePicker': {
      const picker = cs.newDatePicker().setFieldName(widget.name).setTitle(widget.label);
      if (widget.valueMs !== undefined) picker.setValueInMsSinceEpoch(widget.valueMs);
      return picker;
    }
    case 'checkboxes':
    case 'dropdown': {
      const type =
        widget.kind === 'checkboxes'
          ? cs.SelectionInputType.CHECK_BOX
          : cs.SelectionInputType.DROPDOWN;
      const input = cs
        .newSelectionInput()
        .setType(type)
        .setFieldName(widget.name)
        .setTitle(widget.label);
      for (const item of widget.items) input.addItem(item.text, item.value, item.selected);
      return input;
    }
    case 'divider':
      return cs.newDivider();
  }
}

/** Draws a card model with CardService and returns the built card. */
export function renderCard(model: CardModel, cs: CardServiceLike): unknown {
  const builder = cs.newCardBuilder().setName(model.name);
  const header = cs.newCardHeader().setTitle(model.title);
  if (model.subtitle !== undefined) header.setSubtitle(model.subtitle);
  builder.setHeader(header);
  for (const section of model.sections) {
    const built = cs.newCardSection();
    if (section.header !== undefined) built.setHeader(escapeCardText(section.header));
    if (section.collapsible !== undefined) {
      built.setCollapsible(true).setNumUncollapsibleWidgets(section.collapsible.uncollapsible);
    }
    for (const widget of section.widgets) built.addWidget(renderWidget(widget, cs));
    builder.addSection(built);
  }
  if (model.footer !== undefined) {
    builder.setFixedFooter(cs.newFixedFooter().setPrimaryButton(renderButton(model.footer, cs)));
  }
  return builder.build();
}

/** Turns a handler's answer into the object Gmail expects back. */
export function renderResponse(response: ResponseModel, cs: CardServiceLike): unknown {
  switch (response.kind) {
    case 'card':
      return renderCard(response.card, cs);
    case 'compose':
      return cs.newComposeActionResponseBuilder().setGmailDraft(response.draft).build();
    case 'action': {
      const builder = cs.newActionResponseBuilder();
      if (response.navigation !== undefined) {
        const card = renderCard(response.navigation.card, cs);
        const navigation =
          response.navigation.mode === 'push'
            ? cs.newNavigation().pushCard(card)
            : cs.newNavigation().updateCard(card);
        builder.setNavigation(navigation);
      }
      if (response.notification !== undefined) {
        builder.setNotification(cs.newNotification().setText(response.notification));
      }
      return builder.build();
    }
  }
}
