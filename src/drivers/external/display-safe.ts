/**
 * Text a client wrote, made safe to print on a terminal and in a CI log: control characters (escape sequences,
 * carriage returns, bells, C1 controls) are shown as `\x1b`-style escapes, and a line that a CI runner would take
 * as a workflow command (`::error::`, `##[error]`, `##vso[`) gets a `‹client›` prefix, so it is shown, not obeyed.
 * Newlines and tabs stay.
 */
export function displaySafe(text: string): string {
  const escaped = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return escaped
    .split('\n')
    .map((line) => (isWorkflowCommand(line) ? `‹client› ${line}` : line))
    .join('\n');
}

/** A line GitHub Actions or Azure Pipelines would act on (they ignore leading white space). */
export const isWorkflowCommand = (line: string): boolean => /^\s*(::|##\[|##vso\[)/.test(line);
