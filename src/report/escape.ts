const htmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Characters feature text may carry that a reader would not see: control characters (tab, line feed and carriage
 * return aside) and the marks, embeddings, overrides and isolates that reorder text on screen (a right-to-left
 * override makes `txt.exe` look like `exe.txt`).
 */
const hidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Feature text with each hidden character written out as [U+XXXX], so the report shows what is there. */
export function visibleText(text: string): string {
  return text.replace(hidden, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** For text and attribute values alike; hidden characters are written out ({@link visibleText}). */
export function escapeHtml(text: string): string {
  return visibleText(text).replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);
}

/**
 * For text inside a Markdown table cell: HTML is escaped (GitHub renders it), Markdown syntax is
 * made literal, line breaks are folded so the table stays one row per line, hidden characters are
 * written out ({@link visibleText}), and a mention (`@name` at the start of a word, which would notify
 * that person or team where the file is posted as a comment) is put in a code span, where it notifies no one.
 */
export function escapeMarkdown(text: string): string {
  return visibleText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n|\r/g, ' ')
    .replace(/(^|[^A-Za-z0-9_])@([A-Za-z0-9][A-Za-z0-9-]*)/g, '$1`@$2`');
}

/**
 * A screenshot path as an href relative to the report, or null when it is not a plain relative
 * path (a scheme such as `javascript:`, an absolute path, or a way out of reports/).
 */
export function safeRelativeHref(path: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/') || path.startsWith('\\')) return null;
  if (path.split(/[\\/]/).includes('..')) return null;
  return path
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
}

/** For the terminal: control characters (ANSI escapes, carriage returns) and bidirectional controls become spaces. */
export function plainText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
}
