import type { ClientProcess } from '../runtime/platform';
import type { ClientEvent, SdkClientState } from '../simulator';

/** A row of a computer's process table. */
export interface LyncProcess {
  readonly pid: number;
  readonly image: 'lync.exe';
  readonly commandLine: string;
  readonly windowsUser: string;
  running: boolean;
  client: ClientProcess | null;
  readonly timers: Map<string, number>;
  /** Busy: Windows' messages (log-off) get no answer, so Windows ends it (NR-14). */
  notResponding?: boolean;
  /** SO-12: the state the client last reported to SDK applications, and who is told of the next one. */
  sdkState?: SdkClientState;
  onSdkState?: (state: SdkClientState) => void;
  /** Set while the computer sleeps: the events that reached the process since, handed over on waking (process-delivery.ts). */
  suspended?: ClientEvent[] | undefined;
}
