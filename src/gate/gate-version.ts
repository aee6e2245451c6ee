import packageJson from '../../package.json';
import { protocolVersion } from '../protocol/protocol-version';

/** The gate's version (package.json), under semantic versioning: see CHANGELOG.md and docs/gate.md#versions. */
export const gateVersion: string = packageJson.version;

/** What the reports say about the gate that wrote them. */
export const gateVersionLine = (): string => `signin-sim-gate ${gateVersion}, client protocol ${protocolVersion}`;
