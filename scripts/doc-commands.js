#!/usr/bin/env node
// npm run test:docs: every command shown in a shell code block of README.md, CONTRIBUTING.md and docs/**/*.md works.
// Usage: node scripts/doc-commands.js [--no-tally] [file.md ...]
//
// Each command is one check. Whole suites (npm test, npm run test:...) and other steps of .ci/run are not re-run:
// the check is that .ci/run runs them. A command with a <placeholder> is not run: the program it starts must exist.
// apt-get lines must name packages .ci/run installs. Everything else runs, block by block, each block in a scratch
// copy of the project (links to its files, an empty reports/), with a time limit; it must end with code 0 (or the
// code its `# exits N` comment gives) and print the lines the document shows under it (`$ ` blocks). A command that
// is still running once all of its shown lines have appeared (a server) is stopped and passes. The rules are in
// CONTRIBUTING.md ("Commands in the docs"). Writes reports/tally/docs.json and ends with "N passed, N failed".
require('./register-ts');
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { shellCommands } = require('./doc-commands/shell-commands');
const { commandKind, readCi } = require('./doc-commands/command-kind');
const { firstMissing, plain } = require('./doc-commands/shown-output');
const { writeTally } = require('./tally');

const root = path.join(__dirname, '..');
const timeoutSeconds = Number(process.env.SIGNIN_DOCS_TIMEOUT_S ?? 150);
const jobs = Math.max(1, Number(process.env.SIGNIN_DOCS_JOBS ?? 2));
const graceMs = 3000;

function defaultFiles() {
  const docs = (dir) =>
    fs
      .readdirSync(path.join(root, dir), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? docs(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));
  return ['README.md', 'CONTRIBUTING.md', ...docs('docs').sort()].filter((f) => fs.existsSync(path.join(root, f)));
}

function project() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const ci = readCi(fs.readFileSync(path.join(root, '.ci', 'run'), 'utf8'));
  return { ...ci, scripts: Object.keys(pkg.scripts ?? {}), bins: Object.keys(pkg.bin ?? {}) };
}

const onPath = (name) => spawnSync('bash', ['-c', `command -v ${JSON.stringify(name)}`]).status === 0;

/** The verdict on a command that is checked without running it. */
function checkWithoutRunning(kind) {
  switch (kind.kind) {
    case 'ci step':
      return {
        ok: true,
        note: `${kind.part ? 'part of a suite .ci/run runs' : 'a step of .ci/run'} (line ${kind.step.line}: ${kind.step.command}); CI runs it, not re-run here`,
      };
    case 'suite not in ci':
      return { ok: false, note: `"${kind.suite}" is a whole suite, but no step of .ci/run runs it: add the step, or show a part of it` };
    case 'system packages':
      return kind.missing.length
        ? { ok: false, note: `installs ${kind.missing.join(', ')}, which .ci/run does not install` }
        : { ok: true, note: `system set-up, not run: .ci/run installs the same (${kind.packages.join(', ') || 'no package'})` };
    case 'template': {
      const p = kind.program;
      const exists =
        p.kind === 'file' ? p.path !== '' && fs.existsSync(path.join(root, p.path)) : p.kind === 'on PATH' ? onPath(p.name) : p.exists;
      const what =
        p.kind === 'file' ? `file ${p.path || '(none named)'}` : p.kind === 'on PATH' ? `${p.name} on PATH` : `${p.kind} "${p.name}"`;
      return { ok: exists, note: `has a <placeholder>, not run; ${what} ${exists ? 'exists' : 'does NOT exist'}` };
    }
    default:
      return null;
  }
}

/** A scratch copy of the project: links to everything but reports/, which starts empty. */
function scratchCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signin-sim-docs-'));
  for (const name of fs.readdirSync(root))
    if (name !== 'reports' && name !== '.git') fs.symlinkSync(path.join(root, name), path.join(dir, name));
  fs.mkdirSync(path.join(dir, 'reports'));
  return dir;
}

/** Runs one command in `cwd`; resolves with its exit code (null when it was stopped), output and time. */
function run(c, cwd) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('bash', ['-c', c.command], { cwd, detached: true, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    let stopped = null;
    const stop = (why) => {
      if (stopped) return;
      stopped = why;
      try {
        process.kill(-(child.pid ?? 0), 'SIGTERM');
      } catch {
        // already gone
      }
      setTimeout(() => {
        try {
          process.kill(-(child.pid ?? 0), 'SIGKILL');
        } catch {
          // already gone
        }
      }, 3000).unref();
    };
    const timer = setTimeout(() => stop('timeout'), timeoutSeconds * 1000);
    let grace = null;
    const take = (chunk) => {
      output += chunk;
      if (output.length > 4 * 1024 * 1024) output = output.slice(-2 * 1024 * 1024);
      if (grace || !c.output.length || firstMissing(c.output, output) !== null) return;
      // Every shown line is there: a command that ends soon is judged by its exit code; a server is stopped.
      grace = setTimeout(() => stop('shown output seen'), graceMs);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      clearTimeout(timer);
      clearTimeout(grace);
      resolve({ code, stopped, output: plain(output), seconds: (Date.now() - started) / 1000 });
    });
  });
}

function verdict(c, r) {
  const missing = firstMissing(c.output, r.output);
  if (r.stopped === 'timeout') return { ok: false, note: `still running after ${timeoutSeconds} s` };
  if (missing) return { ok: false, note: `its output lacks the shown line ${JSON.stringify(missing.line)}` };
  if (r.stopped === 'shown output seen') return { ok: true, note: 'printed the shown lines, then was stopped' };
  if (r.code !== c.exitCode) return { ok: false, note: `exit code ${r.code}, the document means ${c.exitCode}` };
  return { ok: true, note: c.exitCode ? `exit code ${c.exitCode}, as the comment says` : '' };
}

async function runBlock(commands) {
  const cwd = scratchCopy();
  const results = [];
  try {
    for (const c of commands) {
      const r = await run(c, cwd);
      results.push({ c, r, ...verdict(c, r) });
    }
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
  return results;
}

/** Runs the blocks, `jobs` at a time, in document order within each; hands each block's results over when it ends. */
async function runBlocks(blocks, done) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < blocks.length) {
      const r = await runBlock(blocks[next++]);
      done(r);
      results.push(...r);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, blocks.length) }, worker));
  return results;
}

function print(where, ok, command, note, output) {
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${where}  ${command}${note ? `\n         ${note}` : ''}`);
  if (!ok && output)
    console.log(
      output
        .trimEnd()
        .split('\n')
        .slice(-40)
        .map((l) => `         | ${l}`)
        .join('\n'),
    );
}

async function main() {
  const args = process.argv.slice(2);
  const tally = !args.includes('--no-tally');
  const files = args.filter((a) => a !== '--no-tally');
  const docs = files.length ? files : defaultFiles();
  const p = project();
  const started = Date.now();
  const checked = [];
  const blocks = new Map();
  for (const file of docs) {
    for (const c of shellCommands(file, fs.readFileSync(path.resolve(root, file), 'utf8'))) {
      const kind = commandKind(c.command, p);
      const v = checkWithoutRunning(kind);
      if (v) checked.push({ c, ...v });
      else blocks.set(`${file}#${c.block}`, [...(blocks.get(`${file}#${c.block}`) ?? []), c]);
    }
  }
  console.log(`Commands in ${docs.join(', ')}`);
  console.log('\n== Checked without running them (suites CI runs, templates, system set-up)');
  for (const x of checked) print(`${x.c.file}:${x.c.line}`, x.ok, x.c.command, x.note);
  console.log(`\n== Run (${blocks.size} blocks, ${jobs} at a time, each in a scratch copy; ${timeoutSeconds} s per command)`);
  const ran = await runBlocks([...blocks.values()], (results) => {
    for (const x of results)
      print(`${x.c.file}:${x.c.line}`, x.ok, x.c.command, [x.note, `${x.r.seconds.toFixed(1)} s`].filter(Boolean).join('; '), x.r.output);
  });
  const all = [...checked, ...ran];
  const passed = all.filter((x) => x.ok).length;
  const failed = all.length - passed + (all.length === 0 ? 1 : 0);
  if (all.length === 0) console.log('FAILED no command found in the documents');
  console.log(
    `\ndoc commands: ${ran.length} run, ${checked.length} checked without running, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (tally) writeTally('docs', passed, failed);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
