// Cucumber's html formatter, with a Content-Security-Policy in the page's head: cucumber.html then loads nothing from
// anywhere (no image, style, font or script from another address, not even one named in a feature's description,
// which the report renders as Markdown), and sends nothing. Its own inline script and styles and the attachments it
// shows as data: or blob: URLs still work. Both arrangements of the reports use it (reports-formatter.js).
'use strict';
const { dirname, join } = require('node:path');

const cucumberHtml = require(join(dirname(require.resolve('@cucumber/cucumber')), 'formatter', 'builtin', 'html.js')).default;

const policy = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  'media-src data: blob:',
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

module.exports = {
  type: 'formatter',
  optionsKey: 'html',
  /** Cucumber's formatter, writing through a `write` that puts the policy right after `<head>` (in its first chunk). */
  formatter(context) {
    let placed = false;
    const write = (chunk) => {
      if (!placed) {
        const text = String(chunk);
        const at = text.indexOf('<head>');
        if (at >= 0) {
          placed = true;
          return context.write(`${text.slice(0, at + 6)}\n\t${meta}${text.slice(at + 6)}`);
        }
      }
      return context.write(chunk);
    };
    return cucumberHtml.formatter({ ...context, write });
  },
  policy,
};
