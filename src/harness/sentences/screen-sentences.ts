import { sentence } from './sentence';

/** Then steps for what Lync put on a person's screen. */
export const screenSentences = {
  /** The message Lync shows now. */
  tells: (p: string, c: string, text: string): string => sentence('screen.lync-tells', c, p, text),
  /** A message Lync showed at some point of the scenario. */
  hasShown: (p: string, c: string, text: string): string => sentence('details.lync-has-shown-message', c, p, text),
  alertFrom: (p: string, from: string, c: string): string => sentence('screen.sees-alert', p, from, c),
};
