import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/routers/_app';

type Outputs = inferRouterOutputs<AppRouter>['report'];
export type ReportData = Outputs['get'];
export type FindingsPageData = Outputs['findings'];
export type ReportFindingData = FindingsPageData['items'][number];
