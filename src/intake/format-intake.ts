import { describeScope, type SymptomIndexData } from '../symptoms/symptom-types';
import type { IntakeResult } from './intake';
import type { Ticket } from './ticket';

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
 * The printed answer: the ticket and what is known, then either the question to ask next (with the leading causes
 * so far) or the causes, best first, each with what it shows, who it affects, how to confirm and fix it, and how to
 * reproduce it, and its page in the HTML report (`pageOf`); with `steps`, each cause's reproduction as Gherkin.
 */
export function formatIntake(
  index: SymptomIndexData,
  ticket: Ticket,
  r: IntakeResult,
  steps = false,
  pageOf: (causeId: string) => string | null = () => null,
): string {
  const out: string[] = [`Ticket: "${ticket.text}"`];
  const known = Object.entries(r.facts).map(([k, v]) => (k in r.fromWords ? `${k}=${v} (from the words)` : `${k}=${v}`));
  if (ticket.context?.when) known.push(`when: ${ticket.context.when}`);
  if (known.length > 0) out.push(`Known: ${known.join(', ')}`);
  if (r.question) {
    out.push('', `Not enough to tell which of ${r.candidates} causes it is. Ask:`, `  ${r.question.text}`);
    for (const a of r.question.answers) out.push(`    --answer ${r.question.key}=${a.value}   (${a.label})`);
    out.push(`  (expected to remove ${r.question.gain} bits of doubt)`);
    if (r.ranked.length > 0) out.push('', 'Leading so far:');
    r.ranked.slice(0, 3).forEach((h, i) => out.push(`  ${i + 1}. ${h.cause.title}`));
    return out.join('\n');
  }
  if (r.ranked.length === 0) {
    out.push('', 'No cause in the index matches these words. Try the message as Lync shows it, or say what changed.');
    return out.join('\n');
  }
  out.push(r.confident ? '' : '\nNo cause stands clearly ahead; the closest are:');
  r.ranked.forEach((h, i) => {
    const c = h.cause;
    out.push(`${i + 1}. ${c.title}   [${c.id}]`);
    const shows = index.messages.filter((m) => m.kind !== 'title' && m.causes.some((l) => l.cause === c.id));
    for (const m of shows.slice(0, 2)) out.push(`   Shows: "${m.text}"`);
    for (const s of index.silent.filter((x) => x.causes.some((l) => l.cause === c.id)).slice(0, 2)) out.push(`   Seen as: ${s.text}`);
    out.push(`   Lives in: ${placeWords[c.place] ?? c.place}${c.fault ? ` (fault switch ${c.fault})` : ''}`);
    out.push(`   Who is affected: ${c.affected.map(describeScope).join(' or ')}`);
    out.push(`   Confirm: ${c.confirm}`);
    out.push(`   Fix: ${c.fix}`);
    out.push(`   Says so: ${c.sources.map((x) => `${x.id} ${x.title}`).join('; ')}`);
    const page = pageOf(c.id);
    if (page !== null) out.push(`   Page: ${page}`);
    for (const s of c.reproducedBy.slice(0, 2)) out.push(`   Reproduce: npm run reproduce -- ${s.uri}:${s.line}   (${s.name})`);
    if (steps && c.reproduction) {
      out.push(`   Steps (${c.reproduction.scenario.uri}:${c.reproduction.scenario.line}):`);
      for (const line of c.reproduction.gherkin) out.push(`     ${line}`);
    }
  });
  return out.join('\n');
}
