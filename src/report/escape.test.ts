import { expect } from 'chai';
import { test } from 'node:test';
import { escapeHtml, escapeMarkdown, plainText } from './escape';

// Feature text reaches the reports as it was written: whatever it hides or would trigger is written out or defused.

const cases: { what: string; text: string; html: string; markdown: string; terminal: string }[] = [
  {
    what: 'a right-to-left override',
    text: 'Alice opens invoice\u202Etxt.exe',
    html: 'Alice opens invoice[U+202E]txt.exe',
    markdown: 'Alice opens invoice\\[U+202E\\]txt.exe',
    terminal: 'Alice opens invoice txt.exe',
  },
  {
    what: 'isolates and marks',
    text: '\u2066a\u2069\u200Eb\u200F\u061C',
    html: '[U+2066]a[U+2069][U+200E]b[U+200F][U+061C]',
    markdown: '\\[U+2066\\]a\\[U+2069\\]\\[U+200E\\]b\\[U+200F\\]\\[U+061C\\]',
    terminal: ' a  b  ',
  },
  {
    what: 'an escape sequence, a bell and a backspace; tab and line breaks kept in HTML',
    text: 'red\u001b[31m\u0007\u0008\tx\ny\r\nz',
    html: 'red[U+001B][31m[U+0007][U+0008]\tx\ny\r\nz',
    markdown: 'red\\[U+001B\\]\\[31m\\[U+0007\\]\\[U+0008\\]\tx y z',
    terminal: 'red [31m   x y  z',
  },
  {
    what: 'mentions, which only Markdown posted as a comment would send',
    text: 'ask @octocat, (@org/team) or @a_b; mail alice@contoso.com',
    html: 'ask @octocat, (@org/team) or @a_b; mail alice@contoso.com',
    markdown: 'ask `@octocat`, (`@org`/team) or `@a`\\_b; mail alice@contoso.com',
    terminal: 'ask @octocat, (@org/team) or @a_b; mail alice@contoso.com',
  },
  {
    what: 'a mention inside backticks of the text',
    text: '`@octocat`',
    html: '`@octocat`',
    markdown: '\\``@octocat`\\`',
    terminal: '`@octocat`',
  },
  {
    what: 'markup',
    text: '<img src=x onerror="a">',
    html: '&lt;img src=x onerror=&quot;a&quot;&gt;',
    markdown: '&lt;img src=x onerror="a"&gt;',
    terminal: '<img src=x onerror="a">',
  },
];

for (const c of cases)
  test(`report text: ${c.what}`, () => {
    expect(escapeHtml(c.text), 'HTML').to.equal(c.html);
    expect(escapeMarkdown(c.text), 'Markdown').to.equal(c.markdown);
    expect(plainText(c.text), 'terminal').to.equal(c.terminal);
  });
