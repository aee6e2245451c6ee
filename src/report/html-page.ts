import { escapeHtml as e } from './escape';
import { reportCss } from './report-css';

/** No scripts, no fetches: styles inline, images from disk only. Every page of the report carries it. */
export const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' file: data:; script-src 'none'";

/** One page of the report: the same head (policy, inline stylesheet) on every page, `body` as given. */
export function htmlPage(title: string, body: string, bodyAttributes = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${reportCss}</style></head>
<body${bodyAttributes}>
${body}
</body></html>
`;
}
