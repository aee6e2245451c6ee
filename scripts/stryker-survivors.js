// Reads a Stryker JSON report and names each surviving mutant by what it changes, not where: file, enclosing function,
// mutator and replacement. Used by scripts/run-stryker.js to compare the survivors with stryker/survivors.json.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

/** Survived, NoCoverage and Ignored all count as surviving (ignored mutants count as survived). */
const surviving = new Set(['Survived', 'NoCoverage', 'Ignored']);

function functionAt(source, line, column) {
  const pos = source.getPositionOfLineAndCharacter(line - 1, column - 1);
  let name = '<module>';
  const nameOf = (node) => {
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText(source);
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      const p = node.parent;
      if (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.name)
        return p.name.getText(source);
      return null;
    }
    // A module-level constant (a table, the messages) names what is inside it; a const inside a function does not.
    if (ts.isVariableDeclaration(node) && ts.isSourceFile(node.parent.parent.parent)) return node.name.getText(source);
    return null;
  };
  const visit = (node) => {
    if (pos < node.getStart(source) || pos >= node.getEnd()) return;
    const n = nameOf(node);
    if (n) name = n;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return name;
}

/** The code a mutant replaces, on one line (what it changes, not where). */
function originalText(text, loc) {
  const lines = text.split('\n');
  const from = loc.start.line - 1;
  const to = loc.end.line - 1;
  const parts = lines.slice(from, to + 1);
  if (parts.length === 0) return '';
  parts[parts.length - 1] = parts[parts.length - 1].slice(0, from === to ? loc.end.column - 1 : loc.end.column - 1);
  parts[0] = parts[0].slice(loc.start.column - 1);
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, 120);
}

/** [{ file, function, mutator, original, replacement, status }] for every surviving mutant, sorted. */
function survivors(reportFile) {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const out = [];
  for (const [file, f] of Object.entries(report.files)) {
    const source = ts.createSourceFile(file, f.source, ts.ScriptTarget.ES2022, true);
    for (const m of f.mutants) {
      if (!surviving.has(m.status)) continue;
      out.push({
        file: file.replace(/^.*?(src\/simulator\/)/, '$1'),
        function: functionAt(source, m.location.start.line, m.location.start.column),
        mutator: m.mutatorName,
        original: originalText(f.source, m.location),
        replacement: (m.replacement ?? '').replace(/\s+/g, ' ').trim().slice(0, 120),
        status: m.status,
        line: (f.source.split('\n')[m.location.start.line - 1] ?? '').trim(),
      });
    }
  }
  const key = (s) => `${s.file}|${s.function}|${s.mutator}|${s.original}|${s.replacement}`;
  return out.sort((a, b) => key(a).localeCompare(key(b)));
}

/** The score as Stryker computes it: detected over valid (killed and timed out over all but compile and runtime errors). */
function score(reportFile) {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const all = Object.values(report.files).flatMap((f) => f.mutants);
  const detected = all.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
  const valid = all.filter((m) => m.status !== 'CompileError' && m.status !== 'RuntimeError').length;
  return { detected, valid, total: all.length, percent: valid ? (100 * detected) / valid : 0 };
}

/**
 * Why a survivor changes nothing anyone can observe, where that is known from what it is; null: no such reason
 * (it is listed as not yet killed, to be killed by a scenario).
 */
function equivalentReason(s) {
  if (s.file.endsWith('phase-table.ts') && /'user exits'|'Windows user logs off'/.test(s.line))
    return 'this move always comes with process.exit: the process ends, so the phase it reaches is never seen';
  if (s.file.endsWith('secret.ts') && /toString|toJSON|inspect|<module>/.test(s.function))
    return 'the placeholder printed instead of a secret in timelines; no client behaviour reads it, and the secret scan checks only that no value leaks';
  if (s.file.endsWith('secret.ts') && s.function === 'equals')
    return 'every caller compares with a secret it holds; equals is never given null or undefined';
  if (
    s.file.endsWith('simulator/view.ts') &&
    s.function === 'view' &&
    /state\.phase === 'exited' \|\| state\.phase === 'starting'|icon: state\.phase === 'starting'/.test(s.line)
  )
    return 'the starting and exited views last only inside one delivery (settings and credentials are read at once, an exited process leaves the desktop at once), so no one sees them';
  if (s.file.endsWith('dialog-actions.ts') && s.function === 'onDialog' && dialogEventImplied(s))
    return "the fake Windows delivers a toggle only to a tick box and typing only to a text box, and this dialog has one of each kind left to match, so the control's name already decides";
  return null;
}

/** Conditions on an event's type or control that the dialog's controls make redundant (see equivalentReason). */
function dialogEventImplied(s) {
  const o = s.original;
  if (s.replacement === 'true' && /^event\.type === 'user\.(toggle|type)'$/.test(o)) return true;
  if (
    s.replacement === 'true' &&
    /^event\.control === '(Always trust this server|Show Lync in the foreground when it starts)'$|^event\.field === 'Password'$/.test(o)
  )
    return true;
  return (
    s.mutator === 'LogicalOperator' &&
    /^event\.type === 'user\.toggle' && event\.control === '(Always trust|Show Lync)|^event\.type === 'user\.type' && event\.field === 'Password'$/.test(
      o,
    )
  );
}

/**
 * Equivalent mutants argued one by one: stryker/equivalents/*.json, each a list of
 * { file, function, mutator, original, replacement, reason } (the keys the survivors list uses).
 */
function writtenEquivalents(dir = path.join(__dirname, '..', 'stryker', 'equivalents')) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

/** Writes stryker/survivors.json from a report, keeping the reasons already written for survivors that remain. */
function writeList(reportFile, listFile) {
  const old = fs.existsSync(listFile) ? JSON.parse(fs.readFileSync(listFile, 'utf8')) : [];
  const key = (x) => `${x.file}|${x.function}|${x.mutator}|${x.original}|${x.replacement}`;
  const argued = new Map(writtenEquivalents().map((x) => [key(x), x.reason]));
  const reasons = new Map(old.filter((x) => x.kind === 'equivalent').map((x) => [key(x), x]));
  const grouped = new Map();
  for (const s of survivors(reportFile)) {
    const k = key(s);
    const g = grouped.get(k);
    if (g) g.count++;
    else {
      const known = reasons.get(k);
      const eq = argued.get(k) ?? equivalentReason(s);
      grouped.set(k, {
        file: s.file,
        function: s.function,
        mutator: s.mutator,
        original: s.original,
        replacement: s.replacement,
        count: 1,
        kind: eq || known ? 'equivalent' : 'not yet killed',
        reason:
          eq ??
          known?.reason ??
          `${s.status === 'NoCoverage' ? 'no scenario reaches it' : 'no scenario checks what it changes'}; it changes what the client does, so a scenario should kill it`,
      });
    }
  }
  fs.writeFileSync(listFile, `${JSON.stringify([...grouped.values()], null, 2)}\n`);
  return grouped.size;
}

module.exports = { survivors, score, writeList, writtenEquivalents };

/** The survivors of one (possibly partial) run, one line each, marked where an argued or rule-based reason covers them. */
function printSurvivors(reportFile) {
  const key = (x) => `${x.file}|${x.function}|${x.mutator}|${x.original}|${x.replacement}`;
  const argued = new Map(writtenEquivalents().map((x) => [key(x), x.reason]));
  const found = survivors(reportFile);
  for (const s of found) {
    const eq = argued.get(key(s)) ?? equivalentReason(s);
    console.log(
      `${eq ? 'equivalent ' : 'SURVIVES   '} ${s.file} | ${s.function} | ${s.mutator} | ${s.original} → ${s.replacement}   [${s.line}]`,
    );
  }
  const s = score(reportFile);
  console.log(`${found.length} survivors; score ${s.percent.toFixed(2)}% (${s.detected} of ${s.valid})`);
}

module.exports.printSurvivors = printSurvivors;

if (require.main === module && process.argv[2] === '--print') {
  printSurvivors(process.argv[3] ?? 'reports/stryker/mutation.json');
} else if (require.main === module) {
  const [report = 'reports/stryker/mutation.json', list = 'stryker/survivors.json'] = process.argv.slice(2);
  console.log(`${writeList(report, list)} kinds of surviving mutant written to ${list}`);
}
