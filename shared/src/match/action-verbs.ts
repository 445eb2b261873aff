// Verbs a strong bullet starts with, and the weak openers recruiters skim past.
import { stem } from './tokens';

/** Base or past forms; matched by stem, so "manage", "managed", "manages" and "managing" all count. */
const ACTION_VERBS = `
accelerate accomplish achieve acquire adapt address administer advise advocate align allocate
analyse analyze answer apply appoint approve architect arrange assemble assess audit author automate
balance benchmark bill book boost brief budget build built calculate campaign catalog chair champion
clarify close coach code collaborate collect compile complete compose compute conceive conduct
configure consolidate construct consult contribute control convert coordinate counsel craft create
cultivate curate customize cut debug decrease define delegate deliver demonstrate deploy design
detect develop devise diagnose direct discover dispatch document double draft drive drove earn edit
educate eliminate enable encourage engineer enhance ensure establish estimate evaluate examine exceed
execute expand expedite experiment facilitate file finalize forecast forge form formulate found
gather generate grew grow guide halve head hire host identify implement improve increase influence
initiate innovate inspect install instruct integrate interview introduce invent investigate launch
lead led leverage lower maintain manage map market master maximize measure mediate meet mentor merge
met migrate minimize model moderate modernize monitor motivate navigate negotiate onboard open operate
optimize orchestrate organize outperform overhaul oversaw oversee partner perform pilot pioneer plan
position prepare present prevent prioritize process procure produce program promote propose
prototype provision publish purchase qualify quantify raise ran rank rebuild rebuilt receive
recommend reconcile record recruit redesign reduce refactor refine regulate rehabilitate reorganize
repair replace report represent research resolve restore restructure retain revamp review revise
revitalize route run save scale schedule screen secure select sell serve set shape ship simplify
sold solve source speak spearhead specify spoke sponsor standardize steer streamline strengthen
structure succeed summarize supervise supply support surpass survey sustain systematize tailor
target taught teach test track train transform translate triage triple troubleshoot troubleshot
tutor uncover unify update upgrade validate verify visualize volunteer win won write wrote greet
`;

export const ACTION_VERB_STEMS: ReadonlySet<string> = new Set(
  ACTION_VERBS.split(/\s+/)
    .filter(Boolean)
    .map((v) => stem(v)),
);

/** Openers that describe a duty, not a result: "Responsible for…", "Helped with…". */
export const WEAK_OPENER =
  /^(?:was |were )?(?:responsible for|worked on|working on|helped|helping|assisted|assisting|duties (?:included|include)|tasked with|in charge of|involved in|participated in|handled|handling|utili[sz]ed|utili[sz]ing|worked with)\b/i;
