// Loads TypeScript for the feature runs without type-checking (tsc --noEmit does that once in npm test):
// ts-node with swc (a compiled transpiler from npm) when it loads, else ts-node's own transpile-only mode.
let swc = true;
try {
  require('@swc/core');
} catch {
  swc = false;
}
require('ts-node').register(swc ? { swc: true } : { transpileOnly: true });
