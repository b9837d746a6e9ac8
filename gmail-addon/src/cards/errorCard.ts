import type { Lang } from '../core';
import type { HostErrorKind } from '../host/hostError';
import type { CardModel } from './cardModel';
import { tr } from './tr';

/** A plain explanation of a host failure and what the user can do about it. */
export function errorText(kind: HostErrorKind, lang: Lang): string {
  switch (kind) {
    case 'quota':
      return tr(
        lang,
        'Gmail begränsar just nu hur ofta tillägget får fråga. Vänta en stund och försök igen.',
        'Gmail is limiting how often the add-on may ask right now. Wait a while and try again.',
      );
    case 'permission':
      return tr(
        lang,
        'Tillägget saknar behörighet för det här. Öppna det igen och godkänn behörigheterna, eller kontakta IT.',
        'The add-on lacks permission for this. Open it again and grant the permissions, or contact IT.',
      );
    case 'service-missing':
      return tr(
        lang,
        'Tjänsten Gmail API är inte aktiverad i tillägget. Kontakta IT (administratören).',
        'The Gmail API service is not enabled in the add-on. Contact IT (the administrator).',
      );
    case 'not-found':
      return tr(
        lang,
        'Meddelandet eller inställningen finns inte längre. Ladda om Gmail och försök igen.',
        'The message or setting no longer exists. Reload Gmail and try again.',
      );
    case 'readback-mismatch':
      return tr(
        lang,
        'Gmail sparade inte inställningen som väntat. Kontrollera autosvaret i Gmails inställningar.',
        "Gmail did not save the setting as expected. Check the auto-reply in Gmail's settings.",
      );
    case 'unknown':
      return tr(
        lang,
        'Något gick fel i tillägget. Försök igen om en stund.',
        'Something went wrong in the add-on. Try again in a while.',
      );
  }
}

/** The card shown instead of a trigger's card when it failed. */
export function errorCard(kind: HostErrorKind, lang: Lang): CardModel {
  return {
    name: 'error',
    title: tr(lang, 'Svarsplikt', 'Reply duty'),
    subtitle: tr(lang, 'Det gick inte', 'That did not work'),
    sections: [{ widgets: [{ kind: 'text', text: errorText(kind, lang) }] }],
  };
}

/** The card shown when ORG_CONFIG is refused by the core's validation. */
export function configErrorCard(field: string, message: string, lang: Lang): CardModel {
  return {
    name: 'config-error',
    title: tr(lang, 'Svarsplikt', 'Reply duty'),
    subtitle: tr(
      lang,
      'Organisationens inställningar är fel',
      "The organisation's settings are wrong",
    ),
    sections: [
      {
        widgets: [
          {
            kind: 'text',
            text: tr(
              lang,
              'Skriptegenskapen ORG_CONFIG godtas inte, så svarstiderna kan inte räknas. Be administratören rätta den.',
              'The script property ORG_CONFIG is refused, so reply times cannot be computed. Ask the administrator to fix it.',
            ),
          },
          { kind: 'fact', label: tr(lang, 'Fält', 'Field'), text: field === '' ? '–' : field },
          { kind: 'fact', label: tr(lang, 'Fel', 'Error'), text: message },
        ],
      },
    ],
  };
}
