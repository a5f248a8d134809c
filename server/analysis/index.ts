/**
 * Public API of the streamlining analysis: a pure function from plain team data to ranked,
 * explained findings and roll-ups. See analyze-team.ts for the big picture and the other
 * modules' header comments for the choices made where the design leaves room.
 */
export { analyzeTeam, analyzeTeamCore, compareFindings, createExplainer } from './analyze-team';
export { ACTION_LABELS, KEEP_REASON_LABELS } from './reasons';
export { hoursPerYear, processRunsPerYear, stepRunsPerYear } from './runs';
export { ACTIONS, KEEP_REASONS } from './types';
export type {
  Action,
  ActionTotals,
  AnalysisInput,
  AnalysisMember,
  AnalysisProcess,
  AnalysisResult,
  AnalysisSettings,
  AnalysisStep,
  AnalysisSystem,
  CoreFinding,
  CoreResult,
  Finding,
  Frequency,
  KeepReason,
  MemberCapacity,
  Period,
  ProcessRollup,
  Rollup,
  StepKind,
  StepValue,
  SystemRollup,
} from './types';
