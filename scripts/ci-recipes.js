// The shell commands of the CI recipes in docs/ci-recipes/, job by job, as the CI system would run them
// (scripts/test-package.js runs them in a project that installed the packed gate). Each format has its own
// way to name a job and a command; nothing else of the YAML is read.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const formats = {
  'github-actions.yml': {
    job: /^ {2}([\w-]+):\s*$/,
    command: /^\s*(?:- )?run: (.+)$/,
    shard: (i, n) => ({ SHARD: String(i), SHARDS: String(n) }),
  },
  'azure-pipelines.yml': {
    job: /^ {2}- job: ([\w-]+)\s*$/,
    command: /^\s*- script: (.+)$/,
    shard: (i, n) => ({ SHARD: String(i), SHARDS: String(n) }),
  },
  'gitlab-ci.yml': {
    job: /^([\w-]+):\s*$/,
    command: /^ {4}- (.+)$/,
    inside: /^ {2}script:\s*$/,
    shard: (i, n) => ({ CI_NODE_INDEX: String(i), CI_NODE_TOTAL: String(n) }),
  },
};

/** `{ job: [command, ...] }` of one recipe's text, in order. */
function recipeJobs(file, text) {
  const format = formats[path.basename(file)];
  if (!format) throw new Error(`no format known for ${file}`);
  const jobs = {};
  let job = null;
  let inScript = !format.inside;
  for (const line of text.split('\n')) {
    const named = format.job.exec(line);
    if (named) {
      job = named[1];
      jobs[job] = [];
      inScript = !format.inside;
      continue;
    }
    if (format.inside && format.inside.test(line)) {
      inScript = true;
      continue;
    }
    if (format.inside && inScript && !format.command.test(line)) inScript = false;
    const command = inScript && job ? format.command.exec(line) : null;
    if (command) jobs[job].push(command[1].trim());
  }
  return jobs;
}

const recipesDir = path.join(__dirname, '..', 'docs', 'ci-recipes');
const recipes = () => Object.keys(formats).map((name) => ({ name, file: path.join(recipesDir, name), shard: formats[name].shard }));

module.exports = { recipeJobs, recipes, readRecipe: (file) => recipeJobs(file, fs.readFileSync(file, 'utf8')) };
