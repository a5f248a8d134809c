// The design's target: the report for 2,000 processes, 40,000 steps and 100 members computed in
// well under a second. Run with `npm run bench`.
import { bench, describe } from 'vitest';
import { analyzeTeam } from '@/server/analysis';
import { largeTeam } from '@/server/analysis/test-fixtures';

const input = largeTeam();

describe('analyzeTeam', () => {
  bench(
    '2,000 processes · 40,000 steps · 100 members',
    () => {
      analyzeTeam(input);
    },
    { iterations: 10, warmupIterations: 2 },
  );
});
