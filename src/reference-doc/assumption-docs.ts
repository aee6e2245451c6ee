import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { defaultAssumptions, type AssumptionName } from '../simulator';

export interface AssumptionDoc {
  readonly name: AssumptionName;
  /** The values its type allows, as written in `Assumptions`. */
  readonly type: string;
  readonly defaultValue: unknown;
  /** Its TSDoc, on one line. */
  readonly meaning: string;
}

const source = path.resolve(__dirname, '..', 'simulator', 'assumptions.ts');

/** Every assumption of `src/simulator/assumptions.ts`: its type and TSDoc (read with the TypeScript parser) and its default. */
export function assumptionDocs(file = source): AssumptionDoc[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const docs: AssumptionDoc[] = [];
  sf.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'Assumptions') return;
    for (const member of node.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = member.name.getText(sf) as AssumptionName;
      const comment = ts
        .getJSDocCommentsAndTags(member)
        .map((d) => (typeof d.comment === 'string' ? d.comment : ''))
        .join(' ');
      docs.push({
        name,
        type: member.type.getText(sf).replace(/\s+/g, ' '),
        defaultValue: defaultAssumptions[name],
        meaning: comment.replace(/\s+/g, ' ').trim(),
      });
    }
  });
  return docs;
}
