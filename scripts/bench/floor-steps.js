// Do-nothing step definitions: the floor a real run is compared with. Every step matches and does nothing;
// a step followed by a table or doc string gets a one-argument function (Cucumber checks the arity).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { defineStep } = require('@cucumber/cucumber');

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const walk = (dir) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.feature') ? [path.join(dir, e.name)] : []));
const withArg = new Set();
for (const file of walk(path.join(__dirname, '..', '..', 'features'))) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const m = line.match(/^\s*(Given|When|Then|And|But|\*)\s+(.*\S)\s*$/);
    const next = (lines.slice(i + 1).find((l) => l.trim() && !l.trim().startsWith('#')) ?? '').trim();
    if (m && (next.startsWith('|') || next.startsWith('"""') || next.startsWith('```')))
      withArg.add(escape(m[2]).replace(/<[^>]+>/g, '.*'));
  });
}
const alternatives = [...withArg].map((s) => `(?:${s})`).join('|');
if (alternatives) {
  defineStep(new RegExp(`^(?:${alternatives})$`), function (_arg) {});
  defineStep(new RegExp(`^(?!(?:${alternatives})$).*$`), function () {});
} else defineStep(/^.*$/, function () {});
