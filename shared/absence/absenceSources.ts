import { GUIDELINES } from '../policy/guidelines.ts';
import { sourceIn } from '../policy/source.ts';

const G = GUIDELINES;

/** The guideline passages the absence findings and texts rest on (docs/rules.md §4, §5). */
export const ABSENCE_SOURCES = Object.freeze({
  vimmerbyAbsence: sourceIn(G.vimmerby, 'Hantera frånvaro'),
  vimmerbyConfidential: sourceIn(G.vimmerby, 'Hantera personuppgifter i e-post'),
  aleAvailable: sourceIn(G.ale, 'Vi är tillgängliga'),
  vaxholmTrust: sourceIn(G.vaxholm, 'Förtroende'),
  vaxholmResponse: sourceIn(G.vaxholm, 'Svarstider'),
  vaxjoOneWayIn: sourceIn(G.vaxjo, 'En väg in för effektiv service'),
  vaxjoFlexibility: sourceIn(G.vaxjo, 'All kontakt räknas – oavsett kanal'),
  vaxjoFeedback: sourceIn(G.vaxjo, 'Invånaren, företagen och civilsamhället i fokus – varje gång'),
  gdpr: sourceIn(G.gdpr, 'art. 5.1 f och art. 32'),
  gdprArt9: sourceIn(G.gdpr, 'art. 9'),
});
