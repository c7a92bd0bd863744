/**
 * Sentence pools for the demo's generated publications. Each publication
 * supplies its own lead, section openings and a topic; these sentences
 * carry the argument between them. Slots:
 * - `{actor}`: the main actor, a singular proper noun ("ASEAN", "Indonesia");
 * - `{issue}`: what the piece is about, a noun phrase used after "of"/"on";
 * - `{arena}`: where, used after "in" ("the South China Sea");
 * - `{partners}`: a plural noun phrase ("like-minded states");
 * - `{goal}`: a verb phrase after "to" ("keep incidents from escalating").
 * A capitalised slot (`{Actor}`) capitalises the first letter.
 */
export interface Topic {
  actor: string;
  issue: string;
  arena: string;
  partners: string;
  goal: string;
}

/** Sentences that name the issue; an introduction uses one of them. */
export const issueSentences = [
  'Debate on {issue} has moved from the margins of policy to its centre.',
  'Developments in {arena} over the past year have given {issue} a new urgency.',
  'Officials and analysts have long discussed {issue}; what has changed is the pace of events.',
  'For years, {issue} was treated as a technical matter for specialists; it is now a question for leaders.',
];

export const contextSentences = [
  'For {actor}, how to respond is no longer a theoretical question.',
  'The stakes are considerable, both for {actor} and for {partners}.',
  'Recent events have exposed the limits of existing arrangements.',
  'The debate is often framed in stark terms, but the practical choices are narrower and more interesting.',
  'How {actor} handles the question will say much about its priorities in the years ahead.',
  'Good intentions are not in short supply; follow-through is.',
  'This analysis considers what {actor} can realistically do, and what it should avoid.',
];

export const analysisSentences = [
  'Part of the difficulty lies in the gap between declared commitments and actual practice.',
  'Capacity is uneven across {arena}, and so is political will.',
  '{Actor} has tools at its disposal, but they were designed for a calmer environment.',
  'Domestic politics matter as much as external pressure: governments must justify every commitment to sceptical publics.',
  'The record of the past decade suggests that incremental measures, patiently pursued, have achieved more than grand initiatives.',
  'Much depends on whether those involved see the problem as a shared one or as someone else’s responsibility.',
  'The evidence so far is mixed.',
  'Institutions matter here: where regular channels exist, problems are addressed before they harden into crises.',
  'Coordination is the hardest part: many agencies and organisations hold a piece of the answer, and none holds all of it.',
  'Technology is changing the terms of the problem faster than rules can be written.',
  'Bureaucratic habits also play a part, as agencies guard their own mandates and information.',
  'Public expectations have risen, and with them the political cost of visible failure.',
];

export const riskSentences = [
  'The risk is not a sudden crisis so much as a slow erosion of trust.',
  'Without a clearer framework, each incident will be handled in isolation, and its lessons lost.',
  'Miscalculation remains the greatest danger.',
  'There is also a risk of overreach: commitments that cannot be met damage credibility more than modest ones kept.',
  'Any response must also reckon with its costs to {actor}’s other priorities.',
  'Public attention tends to fade once a crisis passes; the underlying problem does not.',
  'Misinformation can turn a manageable incident into a political crisis within hours.',
  'Waiting for perfect consensus would mean waiting indefinitely.',
];

export const policySentences = [
  '{Actor} should start with what is achievable: regular consultations, shared information and agreed points of contact.',
  '{Actor} should work with {partners} to {goal}.',
  'Investing in analytical capacity — people who understand the issue in depth — would pay dividends.',
  'Practical cooperation can build the trust that more ambitious arrangements will later require.',
  'Clear communication with the public is part of the policy, not an afterthought.',
  'Regular review, with an honest assessment of what has and has not worked, should be built in from the start.',
  'The aim should be to {goal}, not to settle every difference at once.',
  'Informal dialogues, outside official channels, can test ideas before governments commit to them.',
];

export const conclusionSentences = [
  'None of these steps is dramatic, but together they would leave {actor} better prepared.',
  'The question of {issue} will not resolve itself.',
  'What is needed is steady, pragmatic engagement, sustained over years rather than months.',
  '{Actor} has navigated harder moments before; it can do so again if it acts with foresight.',
  'The coming year will test whether the lessons of the recent past have been learned.',
  'The choices are difficult, but the cost of drift would be higher.',
];

/** Put the topic into a sentence's slots. */
export function fillSlots(sentence: string, topic: Topic): string {
  return sentence.replace(/\{([A-Za-z]+)\}/g, (whole, key: string) => {
    const value = topic[key.toLowerCase() as keyof Topic];
    if (value === undefined) return whole;
    return key[0] === key[0]?.toUpperCase() ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
}
