import type { RecordedExchange } from '../drivers/external/exchange-trace';
import { firstDivergence } from '../exchanges/first-divergence';
import { goldenExchange } from '../exchanges/golden-exchanges';
import { goldenSeed } from '../exchanges/golden-seed';
import { renderDivergence } from '../exchanges/render-divergence';
import type { Judged } from './compare-results';

/**
 * For each scenario the client failed unexpectedly: where its exchange first leaves the reference client's (the golden
 * exchanges), side by side, with the step. Empty when nothing failed, or when the run recorded no exchange.
 */
export function exchangeReport(
  judged: readonly Judged[],
  traced: readonly RecordedExchange[],
  seed: string,
  golden: (uri: string, line: number) => RecordedExchange | null = goldenExchange,
  width = 120,
): string {
  const blocks: string[] = [];
  for (const j of judged) {
    if (j.verdict !== 'unexpected failure') continue;
    const own = traced.find((t) => t.uri === j.result.uri && t.line === j.result.line);
    const reference = golden(j.result.uri, j.result.line);
    if (!own || !reference) continue;
    const d = firstDivergence(reference.exchange, own.exchange);
    blocks.push(
      d === null
        ? `Exchange of "${j.result.name}": the same as the reference client's, message for message (the failure lies elsewhere).`
        : renderDivergence(j.result.name, d, width),
    );
  }
  if (blocks.length > 0 && seed !== String(goldenSeed))
    blocks.push(
      `(The reference client's exchanges were recorded with seed ${goldenSeed}; this run used seed ${seed}, so answers that arrive at the same moment may come in another order. SIGNIN_SEED=${goldenSeed} runs with the reference's seed.)`,
    );
  return blocks.length === 0 ? '' : `\n${blocks.join('\n\n')}\n`;
}
