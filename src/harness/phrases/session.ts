import * as session from '../tasks/session-tasks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const sessionPhrases: readonly Phrase[] = [
  phrase('session.goes-sleep', 'When', '{computer} goes to sleep', (stage: Stage, c: string) => session.goToSleep(stage, c)),
  phrase('session.wakes-up', 'When', '{computer} wakes up', (stage: Stage, c: string) => session.wakeUp(stage, c)),
  phrase('session.hibernates', 'When', '{computer} hibernates', (stage: Stage, c: string) => session.hibernate(stage, c)),
  phrase('session.resumes-from-hibernation', 'When', '{computer} resumes from hibernation', (stage: Stage, c: string) =>
    session.resumeFromHibernation(stage, c),
  ),
  phrase('session.shuts-down', 'When', '{person} shuts down {computer}', (stage: Stage, _p: string, c: string) =>
    session.shutDownComputer(stage, c),
  ),
  phrase('session.started-again', 'When', '{computer} is started again', (stage: Stage, c: string) => session.startComputer(stage, c)),
  phrase(
    'session.logs-through-switch-user',
    'When',
    '{person} logs on to {computer} through Switch user',
    (stage: Stage, p: string, c: string) => session.switchUser(stage, p, c),
  ),
  phrase(
    'session.switches-back-session',
    'When',
    '{person} switches back to her/his session on {computer}',
    (stage: Stage, p: string, c: string) => session.switchUser(stage, p, c),
  ),
];
