import { describe, expect, it } from 'vitest';
import { buildForwardNote } from '../../shared/index.ts';
import { vaxjo } from './fixtures.ts';

const receivedAt = Date.parse('2026-12-22T09:15:00Z');

describe('buildForwardNote', () => {
  it('names the sender, the time of receipt and the promised date, Swedish then English', () => {
    const text = buildForwardNote(
      {
        receivedAt,
        sender: { name: 'Amina Hassan', address: 'amina.hassan@example.se' },
        answerBy: '2027-01-12',
      },
      vaxjo(),
    );
    const [sv = '', en = ''] = text.split('\n\n');
    expect(sv).toMatch(/kom till Växjö kommun men är inte vårt ärende/);
    expect(sv).toMatch(
      /tisdag 22 december 2026 kl\. 10:15 från Amina Hassan <amina\.hassan@example\.se>/,
    );
    expect(sv).toMatch(/svarar senast tisdag 12 januari 2027\. Svara avsändaren direkt\./);
    expect(en).toMatch(/by Tuesday 12 January 2027 at the latest/);
  });

  it('says no date when none is known, and speaks Swedish only when the organisation does', () => {
    const text = buildForwardNote({ receivedAt }, vaxjo({ languages: ['sv'] }));
    expect(text).toMatch(/fått besked om att ni svarar\. Svara/);
    expect(text).not.toMatch(/The attached message/);
    expect(text).not.toMatch(/ från /);
  });

  it('drops bidirectional marks from the sender name', () => {
    const text = buildForwardNote(
      { receivedAt, sender: { name: 'Anna\u202Egnol', address: 'a@example.se' } },
      vaxjo(),
    );
    expect(text).toContain('Annagnol <a@example.se>');
  });
});
