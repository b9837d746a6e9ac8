import { describe, expect, it } from 'vitest';
import { buildAcknowledgement } from '../../shared/absence/buildAcknowledgement.ts';
import type { AcknowledgementInput } from '../../shared/absence/types.ts';
import { vaxjo } from './fixtures.ts';

const BASE = {
  receivedAt: Date.UTC(2026, 3, 7, 8, 12), // tisdag 7 april 2026 kl. 10:12
  answerBy: Date.UTC(2026, 3, 9, 14, 30), // torsdag 9 april 2026 kl. 16:30
  subject: 'Bygglov Storgatan 1',
} satisfies AcknowledgementInput;

describe('buildAcknowledgement', () => {
  it('thanks, says when it was received, that handling started and when to expect an answer', () => {
    const { text } = buildAcknowledgement(BASE, vaxjo());
    expect(text).toContain(
      'Tack för ditt meddelande. Vi tog emot det tisdag 7 april 2026 kl. 10:12 och handläggningen har påbörjats.',
    );
    expect(text).toContain('Du kan räkna med svar senast torsdag 9 april 2026.');
    expect(text).toContain(
      'Thank you for your message. We received it on Tuesday 7 April 2026, 10:12 and handling has started.',
    );
    expect(text).toContain('You can expect an answer by Thursday 9 April 2026 at the latest.');
    expect(text).toContain('Växjö kommun, växel 0470-410 00');
    expect(text).toContain('Växjö kommun, e-post kommunen@vaxjo.se');
    expect(text.indexOf('Tack för')).toBeLessThan(text.indexOf('Thank you'));
  });

  it('replies on the thread and may quote the original when not confidential', () => {
    const ack = buildAcknowledgement(BASE, vaxjo());
    expect(ack.subject).toBe('Re: Bygglov Storgatan 1');
    expect(ack.quoteOriginal).toBe(true);
    expect(buildAcknowledgement({ ...BASE, subject: 'SV: Bygglov' }, vaxjo()).subject).toBe(
      'SV: Bygglov',
    );
    expect(
      buildAcknowledgement({ receivedAt: BASE.receivedAt, answerBy: BASE.answerBy }, vaxjo())
        .subject,
    ).toBe('Vi har tagit emot ditt meddelande / We have received your message');
  });

  it.each([
    ['sv', 'Vi har tagit emot ditt meddelande'],
    ['en', 'We have received your message'],
    [undefined, 'Vi har tagit emot ditt meddelande / We have received your message'],
  ] as const)('confidential (%s): a new message with nothing of the original', (lang, subject) => {
    const ack = buildAcknowledgement(
      { ...BASE, confidential: true, ...(lang === undefined ? {} : { lang }) },
      vaxjo(),
    );
    expect(ack.subject).toBe(subject);
    expect(ack.quoteOriginal).toBe(false);
    for (const part of [ack.subject, ack.text, ack.html]) {
      expect(part).not.toContain('Bygglov');
      expect(part).not.toContain('Storgatan');
    }
  });

  it('takes the answer date in Stockholm, not UTC', () => {
    // 23:30 UTC on Wednesday 8 April is 01:30 on Thursday 9 April in Stockholm.
    const { text } = buildAcknowledgement(
      { ...BASE, answerBy: Date.UTC(2026, 3, 8, 23, 30), lang: 'sv' },
      vaxjo(),
    );
    expect(text).toContain('senast torsdag 9 april 2026.');
  });

  it('writes one language when asked, with the signature given', () => {
    const ack = buildAcknowledgement(
      { ...BASE, lang: 'en', senderName: 'Karin', signature: 'Erik Lind\nBygglovsenheten' },
      vaxjo(),
    );
    expect(ack.text.startsWith('Hello Karin,\n')).toBe(true);
    expect(ack.text).not.toContain('Tack');
    expect(ack.text.endsWith('Kind regards\nErik Lind\nBygglovsenheten\n')).toBe(true);
    expect(ack.html).toContain('<div lang="en">');
    expect(ack.html).not.toContain('lang="sv"');
  });

  it('leaves out the contact list when the organisation has no official channel', () => {
    const ack = buildAcknowledgement(
      BASE,
      vaxjo({ mainNumber: undefined, officialAddress: undefined }),
    );
    expect(ack.text).not.toContain('Under tiden');
    expect(ack.html).not.toContain('<ul>');
  });
});

describe('buildAcknowledgement: the promised date', () => {
  it('states the promised date when one is given, over answerBy', () => {
    const { text } = buildAcknowledgement({ ...BASE, promised: '2026-04-15' }, vaxjo());
    expect(text).toContain('Du kan räkna med svar senast onsdag 15 april 2026.');
    expect(text).toContain('You can expect an answer by Wednesday 15 April 2026 at the latest.');
    expect(text).not.toContain('9 april');
  });

  it('needs one of the two dates', () => {
    expect(() => buildAcknowledgement({ receivedAt: BASE.receivedAt }, vaxjo())).toThrow(
      RangeError,
    );
  });
});
