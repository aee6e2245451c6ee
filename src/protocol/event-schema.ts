import { iconPlace, windowId } from './view-schema';
import { availability, wireNetResponse } from './net-schema';
import { array, boolean, integer, literal, object, oneOf, string, union, type Infer } from './schema';

/**
 * What the harness hands a client in `client/deliver`: the user's actions, what Windows tells the process,
 * the network's answers, fired timers and pushes from the service. `user.type` carries a password as
 * `text` with `secret: true`.
 */
export const wireEvent = union(
  object({ type: literal('user.click'), window: windowId, control: string() }),
  object({ type: literal('user.type'), window: windowId, field: string(), text: string(), secret: boolean() }),
  object({ type: literal('user.toggle'), window: windowId, control: string(), on: boolean() }),
  object({ type: literal('user.menu'), window: windowId, path: array(string()) }, { menu: string() }),
  object({ type: literal('user.closeWindow'), window: windowId }),
  object({ type: literal('user.iconClick'), place: iconPlace }),
  object({ type: literal('user.iconMenu'), place: iconPlace, item: string() }, { ctrl: boolean() }),
  object({ type: literal('os.started'), fromRunKey: boolean() }),
  object({ type: literal('os.loggingOff') }),
  object({ type: literal('os.sessionLocked'), locked: boolean() }),
  object({ type: literal('os.networkChanged'), online: boolean() }),
  object({ type: literal('os.userInput') }),
  object({ type: literal('net.response'), requestId: integer(0), response: wireNetResponse }),
  object({ type: literal('timer.fired'), name: string() }),
  object({ type: literal('service.message'), from: string(), text: string() }),
  object({ type: literal('service.connectionLost') }),
  object({ type: literal('service.presence'), address: string(), availability }),
  object({ type: literal('service.notDelivered'), to: string(), reason: oneOf('offline', 'not federated') }),
  object({ type: literal('sdk.signOut') }),
);
export type WireEvent = Infer<typeof wireEvent>;
export type WireEventType = WireEvent['type'];
