// What the doc test does with a command a document shows: run it, or check it another way, and why.

export interface CiStep {
  /** Line in .ci/run. */
  readonly line: number;
  /** The step's command, white space collapsed, without a leading `env`. */
  readonly command: string;
}

export interface Project {
  /** The steps of .ci/run. */
  readonly steps: readonly CiStep[];
  /** Debian packages .ci/run installs. */
  readonly packages: readonly string[];
  /** package.json's scripts and bins. */
  readonly scripts: readonly string[];
  readonly bins: readonly string[];
}

export type CommandKind =
  /** A command .ci/run runs as a step (or a part of such a step's suite): CI checks it; the doc test does not re-run it. */
  | { readonly kind: 'ci step'; readonly step: CiStep; readonly part: boolean }
  /** A whole suite that is no step of .ci/run: an error, since nothing would check it. */
  | { readonly kind: 'suite not in ci'; readonly suite: string }
  /** An apt-get line: its packages must be ones .ci/run installs. */
  | { readonly kind: 'system packages'; readonly packages: readonly string[]; readonly missing: readonly string[] }
  /** A command with a `<placeholder>` for the reader: not run; the program it starts must exist. */
  | { readonly kind: 'template'; readonly program: Program }
  /** Anything else: run, and its exit code and shown output checked. */
  | { readonly kind: 'run' };

/** The program a template starts, for the existence check. */
export type Program =
  | { readonly kind: 'npm script'; readonly name: string; readonly exists: boolean }
  | { readonly kind: 'npx bin'; readonly name: string; readonly exists: boolean }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'on PATH'; readonly name: string };

/** White space collapsed, without `sudo` or `env` in front. */
export const normalise = (command: string) =>
  command
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(sudo |env )+/, '');

const placeholder = /<[^<>\s][^<>]*>/;
const wholeSuite = /^npm (ci|test|run test:[\w:-]+)(?= |$)/;

/** The steps and installed packages of .ci/run's text. */
export function readCi(text: string): { steps: CiStep[]; packages: string[] } {
  const steps: CiStep[] = [];
  const packages = new Set<string>();
  text.split('\n').forEach((l, i) => {
    const step = /^\s*step (.+)$/.exec(l);
    if (step?.[1]) steps.push({ line: i + 1, command: normalise(step[1]) });
    for (const m of l.matchAll(/apt-get install ([^&|;>'"]+)/g)) for (const p of aptPackages(m[1] ?? '')) packages.add(p);
  });
  return { steps, packages: [...packages] };
}

const aptPackages = (args: string) => args.split(/\s+/).filter((w) => w && !w.startsWith('-'));

/** The script node is given: the first word that is neither an option nor an option's value. */
function scriptOf(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (['-r', '--require', '--import', '-e', '--eval', '-p', '--print'].includes(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return '';
}

function programOf(command: string, project: Project): Program {
  const words = command.split(' ');
  const [first = '', second = '', third = ''] = words;
  if (first === 'npm' && second === 'run') return { kind: 'npm script', name: third, exists: project.scripts.includes(third) };
  if (first === 'npm' && (second === 'start' || second === 'test'))
    return { kind: 'npm script', name: second, exists: project.scripts.includes(second) };
  if (first === 'npx') return { kind: 'npx bin', name: second, exists: project.bins.includes(second) };
  if (first === 'node') return { kind: 'file', path: scriptOf(words.slice(1)) };
  return { kind: 'on PATH', name: first };
}

export function commandKind(command: string, project: Project): CommandKind {
  const c = normalise(command);
  if (placeholder.test(c)) return { kind: 'template', program: programOf(c, project) };
  const step = project.steps.find((s) => s.command === c || s.command.startsWith(`${c} `));
  if (step) return { kind: 'ci step', step, part: false };
  const suite = wholeSuite.exec(c)?.[0];
  if (suite) {
    const whole = project.steps.find((s) => s.command === suite || s.command.startsWith(`${suite} `));
    return whole ? { kind: 'ci step', step: whole, part: true } : { kind: 'suite not in ci', suite };
  }
  if (/(^| )apt-get /.test(c)) {
    const packages = c
      .split(/&&|;/)
      .map((part) => /apt-get install (.*)$/.exec(normalise(part))?.[1] ?? '')
      .flatMap(aptPackages);
    return { kind: 'system packages', packages, missing: packages.filter((p) => !project.packages.includes(p)) };
  }
  return { kind: 'run' };
}
