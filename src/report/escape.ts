const htmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** For text and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);
}

/**
 * For text inside a Markdown table cell: HTML is escaped (GitHub renders it), Markdown syntax is
 * made literal, and line breaks are folded so the table stays one row per line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
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

/** For the terminal: control characters (ANSI escapes, carriage returns) become spaces. */
export function plainText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
