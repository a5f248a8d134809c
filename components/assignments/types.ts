import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/routers/_app';

type Outputs = inferRouterOutputs<AppRouter>;

export type AssignmentView = Outputs['assignment']['mine']['open'][number];
export type AssignmentStatus = AssignmentView['status'];
export type AssignmentKind = AssignmentView['kind'];
export type CapacityView = Outputs['assignment']['capacity'][number];
