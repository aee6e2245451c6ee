import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../run-folder/write-files-atomic';

/** Which run a report belongs to: every report of a gate run names it. */
export interface RunIdentity {
  /** The gate's id of the run. */
  readonly run: string;
  /** Cucumber's id of the run (testRunStarted.id in messages.ndjson), once known. */
  readonly testRun: string | null;
  readonly seed: string;
  /** signin-sim's version. */
  readonly version: string;
  readonly client: string;
  readonly command: string;
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The identity as JUnit `<properties>` (the place CI test tabs show run metadata). */
export function junitProperties(id: RunIdentity, indent = '  '): string {
  const rows = Object.entries(id).map(([k, v]) => `${indent}  <property name="signin-sim.${k}" value="${xml(String(v ?? ''))}"/>`);
  return `${indent}<properties>\n${rows.join('\n')}\n${indent}</properties>`;
}

/** Adds the identity to junit.xml's first `<testsuite>`; false when the file is missing or holds none. */
export function stampJunit(file: string, id: RunIdentity): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  const open = /<testsuite\b[^>]*?(\/?)>/.exec(text);
  if (!open) return false;
  const end = open.index + open[0].length;
  const stamped =
    open[1] === '/'
      ? `${text.slice(0, open.index)}${open[0].slice(0, -2)}>\n${junitProperties(id)}\n</testsuite>${text.slice(end)}`
      : `${text.slice(0, end)}\n${junitProperties(id)}${text.slice(end)}`;
  writeFileAtomic(file, stamped);
  return true;
}

/** Adds the identity to cucumber.html as a comment after its doctype; false when the file is missing. */
export function stampHtml(file: string, id: RunIdentity): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  const comment = `<!-- signin-sim gate run ${JSON.stringify(id).replace(/--/g, '- -')} -->\n`;
  const at = text.startsWith('<!DOCTYPE') ? text.indexOf('\n') + 1 : 0;
  writeFileAtomic(file, `${text.slice(0, at)}${comment}${text.slice(at)}`);
  return true;
}
