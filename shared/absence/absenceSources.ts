import type { Source } from '../policy/source.ts';

const VAXJO = 'Riktlinje för service och bemötande i Växjö kommunkoncern (KS 2026-01-20 § 44)';
const VAXHOLM = 'Riktlinje för service i Vaxholms stad (KS 2021-10-28 § 167)';
const ALE = 'Ale kommun, Riktlinje för service, tillgänglighet och bemötande (KS 2021-11-02 § 225)';
const VIMMERBY = 'Vimmerby kommun, Riktlinjer för svar och bemötande (2024-04-08)';

function source(guideline: string, section: string, label: string): Source {
  return Object.freeze({ guideline, section, label });
}

/** The guideline passages the absence findings and texts rest on. */
export const ABSENCE_SOURCES = Object.freeze({
  vimmerbyAbsence: source('004_9363edc11ffa0982.txt', 'Hantera frånvaro', VIMMERBY),
  vimmerbyConfidential: source(
    '004_9363edc11ffa0982.txt',
    'Hantera personuppgifter i e-post',
    VIMMERBY,
  ),
  aleAvailable: source('003_ba01b550ffd0904c.txt', 'Vi är tillgängliga', ALE),
  vaxholmTrust: source('002_dc7329ca36e415db.txt', 'Förtroende', VAXHOLM),
  vaxholmResponse: source('002_dc7329ca36e415db.txt', 'Svarstider', VAXHOLM),
  vaxjoOneWayIn: source('000_2e14a13f8a0d382d.txt', 'En väg in för effektiv service', VAXJO),
  vaxjoFlexibility: source('000_2e14a13f8a0d382d.txt', 'Flexibilitet', VAXJO),
  vaxjoFeedback: source(
    '000_2e14a13f8a0d382d.txt',
    'Invånaren, företagen och civilsamhället i fokus',
    VAXJO,
  ),
  gdpr: source(
    'GDPR (EU) 2016/679',
    'art. 5.1 f, art. 32; external auto-forwarding is blocked by Exchange Online by default',
    'Dataskyddsförordningen',
  ),
  gdprArt9: source('GDPR (EU) 2016/679', 'art. 9 (health data)', 'Dataskyddsförordningen'),
});
