import { expect } from 'chai';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseShard, scenarioLocations, shardPaths } from './shard';

const locations = ['features/a.feature:3', 'features/a.feature:9', 'features/b.feature:4', 'features/b.feature:8', 'features/c.feature:2'];

const cases = [
  { shard: '1/1', want: ['features/a.feature:3:9', 'features/b.feature:4:8', 'features/c.feature:2'] },
  { shard: '1/2', want: ['features/a.feature:3', 'features/b.feature:4', 'features/c.feature:2'] },
  { shard: '2/2', want: ['features/a.feature:9', 'features/b.feature:8'] },
  { shard: '3/3', want: ['features/b.feature:4'] },
  { shard: '6/6', want: [] },
];
for (const c of cases) {
  test(`shardPaths ${c.shard}`, () => {
    expect(shardPaths(locations, parseShard(c.shard))).to.deep.equal(c.want);
  });
}

for (const bad of ['0/2', '3/2', '1/0', '1', 'a/b', '1/2/3', '']) {
  test(`parseShard refuses "${bad}"`, () => {
    expect(() => parseShard(bad)).to.throw(/--shard needs i\/n/);
  });
}

test('the shards of the real features share no scenario and together hold each once', () => {
  const all = scenarioLocations(join(__dirname, '..', '..'));
  const split = (n: number) =>
    Array.from({ length: n }, (_, i) => shardPaths(all, { index: i + 1, count: n })).flatMap((paths) =>
      paths.flatMap((p) => {
        const [file, ...lines] = p.split(':');
        return lines.map((l) => `${file}:${l}`);
      }),
    );
  for (const n of [1, 2, 3, 7]) expect(split(n).sort()).to.deep.equal([...all].sort());
  expect(new Set(all).size).to.equal(all.length);
});
