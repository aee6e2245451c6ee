import type { Attachment } from '@cucumber/messages';

/** The attachment a driver makes when it cannot run a scenario; its body is `{"reason": ...}`. */
export const notApplicableMediaType = 'application/vnd.signin-sim.not-applicable+json';

/** An attachment's body as text (Cucumber sends binary content base64-encoded). */
export function attachmentText(attachment: Attachment): string {
  return String(attachment.contentEncoding) === 'BASE64' ? Buffer.from(attachment.body, 'base64').toString('utf8') : attachment.body;
}

/** The reason given by the not-applicable attachment among these, its whole text if it has no `reason`; null without one. */
export function notApplicableReason(attachments: readonly Attachment[]): string | null {
  const marker = attachments.find((a) => a.mediaType === notApplicableMediaType);
  if (!marker) return null;
  const text = attachmentText(marker);
  try {
    const parsed = JSON.parse(text) as { reason?: unknown };
    return typeof parsed.reason === 'string' ? parsed.reason : text;
  } catch {
    return text;
  }
}
