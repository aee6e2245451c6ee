import { expect } from 'chai';
import { test } from 'node:test';
import { shellCommands, splitComment } from './shell-commands';

const fence = '```';
const brief = (doc: string) => shellCommands('doc.md', doc).map((c) => [c.line, c.block, c.command, c.exitCode, c.output]);

test('the commands of a document: which blocks, which lines, what output and exit code', () => {
  const cases: [string, string, unknown[]][] = [
    [
      'a sh block: one command a line',
      `# T\n${fence}sh\nnpm ci\nnpm test\n${fence}\n`,
      [
        [3, 0, 'npm ci', 0, []],
        [4, 0, 'npm test', 0, []],
      ],
    ],
    [
      'bash and shell blocks too',
      `${fence}bash\na\n${fence}\n${fence}shell\nb\n${fence}`,
      [
        [2, 0, 'a', 0, []],
        [5, 1, 'b', 0, []],
      ],
    ],
    ['blank lines and comment lines are no commands', `${fence}sh\n\n# a note\n  x\n${fence}`, [[4, 0, 'x', 0, []]]],
    ['a trailing comment is cut off', `${fence}sh\nnpm start   # the playground\n${fence}`, [[2, 0, 'npm start', 0, []]]],
    [
      '# exits N gives the exit code',
      `${fence}sh\nnpm run explore -- --mutant m   # exits 1: a finding\n${fence}`,
      [[2, 0, 'npm run explore -- --mutant m', 1, []]],
    ],
    [
      'a line ending in \\ goes on',
      `${fence}sh\nnpm run gate -- \\\n  --client x\n${fence}`,
      [[2, 0, 'npm run gate -- --client x', 0, []]],
    ],
    [
      '$ lines are commands, the lines under them their output',
      `${fence}console\n$ npm start\nlistening\n\n$ npm test\n1 passed\n...\n${fence}`,
      [
        [2, 0, 'npm start', 0, ['listening']],
        [5, 0, 'npm test', 0, ['1 passed', '...']],
      ],
    ],
    ['$ lines in a text block count', `${fence}text\n$ echo hi\nhi\n${fence}`, [[2, 0, 'echo hi', 0, ['hi']]]],
    ['a text block without $ lines is not run', `${fence}text\nnpm run report\n${fence}`, []],
    ['json, yaml and typescript blocks are not run', `${fence}json\n$ x\n${fence}\n${fence}yaml\nrun: npm ci\n${fence}`, []],
    ['an indented block, as in a list item', `- step\n\n  ${fence}sh\n  npm ci\n  ${fence}\n`, [[4, 0, 'npm ci', 0, []]]],
    ['inline code is no block', 'Run `npm test` or ` ```sh ` here.', []],
    ['a longer fence holds a shorter one, not run', `${fence}\`markdown\n${fence}sh\nnpm ci\n${fence}\n${fence}\`\n`, []],
  ];
  for (const [name, doc, expected] of cases) expect(brief(doc), name).to.deep.equal(expected);
});

test('a trailing comment starts at a # after white space, outside quotes', () => {
  const cases: [string, string, string][] = [
    ['npm test', 'npm test', ''],
    ['npm test # all', 'npm test', 'all'],
    ['npm run diagnose -- "error #5" # quoted', 'npm run diagnose -- "error #5"', 'quoted'],
    ["echo 'a # b'", "echo 'a # b'", ''],
    ['echo a#b', 'echo a#b', ''],
    ['echo "say \\"# no\\"" # yes', 'echo "say \\"# no\\""', 'yes'],
  ];
  for (const [line, command, comment] of cases) expect(splitComment(line), line).to.deep.equal({ command, comment });
});
