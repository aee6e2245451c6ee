// A writer for allure-cucumberjs that keeps Allure results lean (plain CommonJS, loaded by cucumber.js).
// allure-js-commons' own FileSystemWriter writes each file through a temporary file and fsyncs it: about
// 10 ms a scenario here, more than the scenario itself. Results are rebuilt by every run, so plain writes
// are enough, and they go to libuv's threads (creating a file costs about a millisecond on this disk) while
// the scenarios run on; node does not exit before they finish. The writer counts the writes under way and keeps
// the failed ones: settled() waits for the first and rejects with the second, so that results with a missing file are
// never swapped in as the run's (src/reports-off-thread/). Containers (Before/After hooks) are written only when a hook carries something: an
// attachment, or a status other than passed; otherwise they add a file per hook and nothing to read.
// The timeline (the attachment named timeline.txt) is not a file either: it becomes the test's description,
// shown at the top of its page in Allure, one file fewer per scenario.
'use strict';

const { copyFile, mkdirSync, writeFile } = require('node:fs');
const { join } = require('node:path');

class LeanAllureWriter {
  /** @param {string} resultsDir */
  constructor(resultsDir) {
    this.resultsDir = resultsDir;
    this.made = false;
    /** Text attachments held back until the result that refers to them is written: name -> content. */
    this.held = new Map();
    /** Writes under way, and the errors of those that failed. */
    this.pending = 0;
    this.failures = [];
    this.waiting = [];
  }

  /** Resolves once every write has finished; rejects with the first failure. */
  settled() {
    return /** @type {Promise<void>} */ (
      new Promise((resolve, reject) => {
        const done = () => (this.failures.length > 0 ? reject(this.failures[0]) : resolve());
        if (this.pending === 0) done();
        else this.waiting.push(done);
      })
    );
  }

  /** Starts one write through `start(callback)` and counts it until the callback. */
  track(start) {
    this.pending++;
    start((error) => {
      if (error) {
        this.failures.push(error);
        process.stderr.write(`Allure results: ${error.message}\n`);
      }
      if (--this.pending === 0) for (const done of this.waiting.splice(0)) done();
    });
  }

  path(name) {
    if (!this.made) mkdirSync(this.resultsDir, { recursive: true });
    this.made = true;
    return join(this.resultsDir, name);
  }

  writeResult(result) {
    const timeline = takeTimeline(result, this.held);
    if (timeline !== null) {
      const about = result.description ? `<p>${escapeHtml(result.description)}</p>` : '';
      result.descriptionHtml = `${about}<h4>Timeline (virtual time)</h4><pre>${escapeHtml(timeline)}</pre>`;
    }
    this.flush(result);
    this.store(this.path(`${result.uuid}-result.json`), JSON.stringify(result));
  }

  writeGroup(group) {
    if (!carriesSomething(group)) return;
    this.flush(group);
    this.store(this.path(`${group.uuid}-container.json`), JSON.stringify(group));
  }

  writeAttachment(name, content) {
    if (name.endsWith('.txt')) this.held.set(name, content);
    else this.store(this.path(name), content);
  }

  /** Writes the held attachments that `node` (a result or a container) refers to. */
  flush(node) {
    for (const source of sources(node)) {
      const content = this.held.get(source);
      if (content === undefined) continue;
      this.store(this.path(source), content);
      this.held.delete(source);
    }
  }

  writeAttachmentFromPath(name, from) {
    this.track((done) => copyFile(from, this.path(name), done));
  }

  writeEnvironmentInfo(info) {
    // The end of the run: nothing is held back any longer.
    for (const [name, content] of this.held) this.store(this.path(name), content);
    this.held.clear();
    const text = Object.entries(info)
      .map(([k, v]) => `${k}=${String(v).replace(/\n/g, '\\n')}`)
      .join('\n');
    this.store(this.path('environment.properties'), text);
  }

  writeCategoriesDefinitions(categories) {
    this.store(this.path('categories.json'), JSON.stringify(categories));
  }

  store(path, data) {
    this.track((done) => writeFile(path, data, done));
  }

  writeGlobals(name, globals) {
    this.store(this.path(name), JSON.stringify(globals));
  }
}

/** Every attachment source under a result or container, in steps and fixtures too. */
function sources(node) {
  const out = [];
  const visit = (n) => {
    for (const a of n.attachments ?? []) out.push(a.source);
    for (const s of n.steps ?? []) visit(s);
    for (const f of [...(n.befores ?? []), ...(n.afters ?? [])]) visit(f);
  };
  visit(node);
  return out;
}

/**
 * Removes the timeline attachment from the result (and the step allure-cucumberjs wraps it in) and returns its
 * text; null when the result has none or its content is not held here.
 */
function takeTimeline(result, held) {
  let text = null;
  const visit = (n) => {
    for (const a of n.attachments ?? []) {
      if (a.name !== 'timeline.txt' || !held.has(a.source)) continue;
      text = String(held.get(a.source));
      held.delete(a.source);
      n.attachments = n.attachments.filter((x) => x !== a);
    }
    for (const s of n.steps ?? []) visit(s);
    if (n.steps)
      n.steps = n.steps.filter((s) => !(s.name === 'timeline.txt' && (s.attachments ?? []).length === 0 && (s.steps ?? []).length === 0));
  };
  visit(result);
  return text;
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A hook is worth a container when it failed, or attached something (a timeline, a screenshot). */
function carriesSomething(group) {
  const fixtures = [...(group.befores ?? []), ...(group.afters ?? [])];
  const busy = (f) => (f.status !== undefined && f.status !== 'passed') || (f.attachments ?? []).length > 0 || (f.steps ?? []).some(busy);
  return fixtures.some(busy);
}

module.exports = { LeanAllureWriter, carriesSomething };
