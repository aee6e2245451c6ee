import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readRecipe, recipeJobs, recipes } = require('./ci-recipes') as {
  readRecipe: (file: string) => Record<string, string[]>;
  recipeJobs: (file: string, text: string) => Record<string, string[]>;
  recipes: () => { name: string; file: string }[];
};

/** What each recipe must show besides its commands: the JUnit results in the CI's test tab, and the reports kept. */
const shows: Record<string, { junit: RegExp; artifacts: RegExp }> = {
  'github-actions.yml': {
    junit: /mikepenz\/action-junit-report@v4[\s\S]*report_paths: reports\/shard-\*\/junit\.xml/,
    artifacts: /actions\/upload-artifact@v4/,
  },
  'azure-pipelines.yml': { junit: /PublishTestResults@2[\s\S]*testResultsFormat: JUnit/, artifacts: /- publish: reports\/shard-/ },
  'gitlab-ci.yml': { junit: /reports:\s+junit: reports\/shard-\*\/junit\.xml/, artifacts: /artifacts:\s+when: always\s+paths:/ },
};

for (const recipe of recipes()) {
  test(`${recipe.name}: a gate job in shards, a verdict job that merges them, the test tab and the artifacts`, () => {
    const jobs = readRecipe(recipe.file);
    expect(Object.keys(jobs)).to.include.members(['gate', 'verdict']);
    expect(jobs.gate?.some((c) => /^npx signin-sim-gate --client .* --shard "\$\w+\/\$\w+"$/.test(c))).to.equal(true);
    expect(jobs.verdict?.some((c) => c.startsWith('npx signin-sim-gate merge reports/shard-*'))).to.equal(true);
    const text = readFileSync(recipe.file, 'utf8');
    expect(text).to.match(shows[recipe.name]?.junit ?? /^$/);
    expect(text).to.match(shows[recipe.name]?.artifacts ?? /^$/);
  });
}

test('recipeJobs reads a GitLab script block and stops at its end', () => {
  const text = ['a:', '  script:', '    - one', '    - two', '  artifacts:', '    - not a command', 'b:', '  script:', '    - three'].join(
    '\n',
  );
  expect(recipeJobs('x/gitlab-ci.yml', text)).to.deep.equal({ a: ['one', 'two'], b: ['three'] });
});
