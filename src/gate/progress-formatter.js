// The gate's console formatter (plugin form, plain CommonJS): one character per step as the run goes, like
// Cucumber's `progress`, without its list of failures at the end. The gate prints the verdict itself, with the
// results that were not as expected; a known deviation's failure belongs in the reports, not in the log.
'use strict';

const marks = { PASSED: '.', FAILED: 'F', SKIPPED: '-', UNDEFINED: 'U', PENDING: 'P', AMBIGUOUS: 'A', UNKNOWN: '?' };

module.exports = {
  type: 'formatter',
  formatter({ on, write }) {
    on('message', (envelope) => {
      if (envelope.testStepFinished) write(marks[envelope.testStepFinished.testStepResult.status] ?? '?');
      if (envelope.testRunFinished) write('\n');
    });
  },
};
