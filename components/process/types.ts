import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/routers/_app';

export type ProcessData = inferRouterOutputs<AppRouter>['process']['get'];
export type StepData = ProcessData['steps'][number];
export type MemberOption = ProcessData['people'][number];
export type ProcessOption = ProcessData['linkedProcesses'][number];
