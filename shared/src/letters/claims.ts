// The letters' anti-invention check: the shared guard, with the job and the posting as evidence about the employer.
import { buildEvidence, type EvidenceSources } from '../guard/evidence';
import { findUnsupported, type Finding } from '../guard/find-unsupported';

export type LetterClaim = Finding;
export type ClaimSources = EvidenceSources;

/**
 * Every claim in `letter` the sources do not back, with its offsets for marking it where it
 * stands. The resume and notes back anything; the posting backs only sentences about the employer.
 */
export function checkLetterClaims(letter: string, sources: ClaimSources): LetterClaim[] {
  return findUnsupported(letter, buildEvidence(sources));
}
