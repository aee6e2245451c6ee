import type { Diagnosis } from './diagnose';
import { describeScope, type Scope, type WhoIsAffected } from './symptom-types';

export interface DiagnoseOptions {
  readonly quoted: string;
  readonly seen: Partial<WhoIsAffected>;
  readonly reproduce: boolean;
}

const usage = 'usage: npm run diagnose -- "<message text or part of it>" [--users one|several] [--computers one|several] [--reproduce]';

/** Reads the command line; a wrong option gives the usage line, never a stack trace. */
export function parseDiagnoseArgs(argv: readonly string[]): DiagnoseOptions | { readonly error: string } {
  const words: string[] = [];
  const seen: { users?: Scope; computers?: Scope } = {};
  let reproduce = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--reproduce') reproduce = true;
    else if (a === '--users' || a === '--computers') {
      const v = argv[++i];
      if (v !== 'one' && v !== 'several') return { error: `${a} takes "one" or "several" (${usage})` };
      seen[a === '--users' ? 'users' : 'computers'] = v;
    } else if (a.startsWith('--')) return { error: `unknown option ${a} (${usage})` };
    else words.push(a);
  }
  if (words.join(' ').trim() === '') return { error: usage };
  return { quoted: words.join(' '), seen, reproduce };
}

const placeWords: Readonly<Record<string, string>> = {
  computer: 'the computer',
  'local cache': "the user's cache on the computer",
  'client setting': 'a Lync setting on the computer',
  account: "the user's account",
  tenant: 'the tenant (Lync Online, the identity provider)',
  DNS: "the domain's DNS",
  network: 'the network',
};

/**
 * The printed answer: each candidate message, its causes in rank order, how to confirm, the fix, the cause's page in
 * the HTML report (`pageOf`), how to reproduce;
 * with --reproduce, each cause's reproduction as Gherkin, its steps written by the phrasebook.
 */
export function formatDiagnosis(d: Diagnosis, options: DiagnoseOptions, pageOf: (causeId: string) => string | null = () => null): string {
  const out: string[] = [];
  const said = [
    options.seen.users && (options.seen.users === 'one' ? 'one user' : 'several users'),
    options.seen.computers && (options.seen.computers === 'one' ? 'one computer' : 'several computers'),
  ].filter(Boolean);
  out.push(`Quoted: "${options.quoted}"${said.length ? `  (affected: ${said.join(', ')})` : ''}`);
  if (!d.found) out.push('No message Lync shows contains these words. The closest are:');
  if (d.candidates.length === 0) out.push('  (nothing close; try fewer words, copied from the message)');
  d.candidates.forEach((c, i) => {
    const kind = c.symptom.kind === 'message' ? c.symptom.message.kind : 'symptom without a message';
    out.push('', `${i + 1}. "${c.text}"  [${kind}]`);
    if (c.symptom.kind === 'message') {
      const m = c.symptom.message;
      out.push(`   Sources: ${m.sources.map((s) => `${s.id} ${s.title}`).join('; ')}`);
      for (const w of m.wordings) out.push(`   Also worded (${w.source}${w.note ? `, ${w.note}` : ''}): "${w.text}"`);
    }
    if (c.causes.length === 0) out.push('   No cause: Lync shows this as part of normal use.');
    c.causes.forEach((r, j) => {
      const fits =
        said.length === 0
          ? ''
          : r.fit === 2
            ? '  ← fits who is affected'
            : r.fit === 1
              ? '  (fits partly)'
              : '  (does not fit who is affected)';
      out.push(`   ${i + 1}.${j + 1} ${r.cause.title}${fits}`);
      out.push(`       Lives in: ${placeWords[r.cause.place] ?? r.cause.place}${r.cause.fault ? ` (fault switch ${r.cause.fault})` : ''}`);
      out.push(`       Who is affected: ${r.cause.affected.map(describeScope).join(' or ')}`);
      out.push(`       Confirm: ${r.cause.confirm}`);
      out.push(`       Fix: ${r.cause.fix}`);
      out.push(`       Says so: ${r.cause.sources.map((x) => `${x.id} ${x.title}`).join('; ')}`);
      const page = pageOf(r.cause.id);
      if (page !== null) out.push(`       Page: ${page}`);
      for (const s of r.scenarios.slice(0, 2)) out.push(`       Reproduce: npm run reproduce -- ${s.uri}:${s.line}   (${s.name})`);
      const steps = r.reproduction;
      if (options.reproduce && steps) {
        out.push(`       Steps (${steps.scenario.uri}:${steps.scenario.line}):`);
        for (const line of steps.gherkin) out.push(`         ${line}`);
      }
    });
  });
  return out.join('\n');
}
