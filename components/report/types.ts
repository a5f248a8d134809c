import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/routers/_app';

export type ReportData = inferRouterOutputs<AppRouter>['report']['get'];
export type ReportFindingData = ReportData['findings'][number];
