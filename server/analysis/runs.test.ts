import { describe, expect, it } from 'vitest';
import {
  hoursPerWeek,
  hoursPerYear,
  nonNegative,
  processRunsPerYear,
  stepRunsPerYear,
} from './runs';
import { SETTINGS } from './test-fixtures';

describe('processRunsPerYear', () => {
  it('counts days as working days: count × working days per week × weeks per year', () => {
    // 2/day × 5 days × 48 weeks = 480
    expect(processRunsPerYear({ period: 'day', count: 2 }, SETTINGS)).toBe(480);
    // 1/day × 4 days × 50 weeks = 200 (uses the team's settings, not constants)
    expect(
      processRunsPerYear({ period: 'day', count: 1 }, { workingDaysPerWeek: 4, weeksPerYear: 50 }),
    ).toBe(200);
  });

  it('counts weeks as count × weeks per year', () => {
    // 3/week × 48 = 144
    expect(processRunsPerYear({ period: 'week', count: 3 }, SETTINGS)).toBe(144);
  });

  it('multiplies months by 12, quarters by 4 and years by 1', () => {
    expect(processRunsPerYear({ period: 'month', count: 20 }, SETTINGS)).toBe(240);
    expect(processRunsPerYear({ period: 'quarter', count: 2 }, SETTINGS)).toBe(8);
    expect(processRunsPerYear({ period: 'year', count: 3 }, SETTINGS)).toBe(3);
  });

  it('uses the estimate for on-demand processes', () => {
    expect(processRunsPerYear({ period: 'on_demand', runsPerYear: 17.5 }, SETTINGS)).toBe(17.5);
  });

  it('treats negative and non-finite counts as zero', () => {
    expect(processRunsPerYear({ period: 'month', count: -3 }, SETTINGS)).toBe(0);
    expect(processRunsPerYear({ period: 'on_demand', runsPerYear: Number.NaN }, SETTINGS)).toBe(0);
  });
});

describe('stepRunsPerYear', () => {
  it('scales process runs by the probability in percent', () => {
    // 240 × 30% = 72
    expect(stepRunsPerYear(240, 30)).toBeCloseTo(72, 10);
    expect(stepRunsPerYear(240, 100)).toBe(240);
    expect(stepRunsPerYear(240, 0)).toBe(0);
  });

  it('clamps the probability to 0..100', () => {
    expect(stepRunsPerYear(240, 150)).toBe(240);
    expect(stepRunsPerYear(240, -10)).toBe(0);
  });
});

describe('hoursPerYear and hoursPerWeek', () => {
  it('converts runs × minutes into hours', () => {
    // 240 × 15 min / 60 = 60 h
    expect(hoursPerYear(240, 15)).toBe(60);
    expect(hoursPerYear(240, 0)).toBe(0);
  });

  it('spreads yearly hours over the working weeks', () => {
    // 60 h / 48 weeks = 1.25 h/week
    expect(hoursPerWeek(60, 48)).toBe(1.25);
  });

  it('never divides by zero weeks into NaN', () => {
    expect(hoursPerWeek(60, 0)).toBe(Infinity);
    expect(hoursPerWeek(0, 0)).toBe(0);
  });

  it('nonNegative keeps positive finite numbers only', () => {
    expect(nonNegative(3.5)).toBe(3.5);
    expect(nonNegative(-1)).toBe(0);
    expect(nonNegative(Infinity)).toBe(0);
    expect(nonNegative(null)).toBe(0);
  });
});
