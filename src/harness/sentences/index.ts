/**
 * The writers of the scenario language: every sentence exploration, the playground and the world panel write goes
 * through the phrasebook (`write` with a phrase id), so each one is a defined step in its current wording.
 */
export { desktopActionSentence, optionSetSentence } from './desktop-action-sentence';
export { dialogName } from './dialog-name';
export { groundTruthSentences } from './ground-truth-sentences';
export { networkName } from './network-name';
export { firstDifference, type ObservedField } from './observed-field';
export { observedSentence, type ObservedContext } from './observed-sentence';
export { presenceSentences } from './presence-sentences';
export { screenSentences } from './screen-sentences';
export { screenStateSentences } from './screen-state-sentences';
export { setUpSentences } from './set-up-sentences';
export { spokenAction, type SpokenAction, type TypedText } from './typed-text';
export { durationText } from './duration-text';
export { worldEventSentence, type WorldEvent } from './world-event-sentence';
export { wordingProblem } from './wording-problem';
