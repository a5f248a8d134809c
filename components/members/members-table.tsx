'use client';

import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import type { Role } from '@/db/roles';
import { formatMoney } from '@/lib/format';
import { ROLE_LABELS } from '@/lib/labels';
import { LeaveButton } from './leave-button';
import { NameCell, type MemberView } from './member-cells';
import { EditableRow } from './member-row';

export type { MemberView };

type Props = {
  teamId: string;
  teamSlug: string;
  members: MemberView[];
  me: { membershipId: string; role: Role };
  currency: string;
  defaultHourlyCost: number;
};

/** The team's members; owners and admins edit them in place, members read them. */
export function MembersTable({ teamId, members, me, currency, defaultHourlyCost }: Props) {
  const canManage = me.role !== 'member';
  return (
    <Table label="Team members">
      <THead>
        <Th>Member</Th>
        <Th>Role</Th>
        <Th>Hourly cost</Th>
        <Th>Capacity for delegated work</Th>
        <Th>
          <span className="sr-only">Actions</span>
        </Th>
      </THead>
      <TBody>
        {members.map((m) =>
          canManage ? (
            <EditableRow
              key={m.membershipId}
              teamId={teamId}
              member={m}
              me={me}
              currency={currency}
              defaultHourlyCost={defaultHourlyCost}
            />
          ) : (
            <tr key={m.membershipId} data-testid={`member-${m.email}`}>
              <NameCell member={m} isMe={m.membershipId === me.membershipId} />
              <Td>{ROLE_LABELS[m.role]}</Td>
              <Td>
                {m.hourlyCost === null ? (
                  <span className="text-slate-500">
                    Team default ({formatMoney(defaultHourlyCost, currency)})
                  </span>
                ) : (
                  formatMoney(m.hourlyCost, currency)
                )}
              </Td>
              <Td>{m.weeklyCapacityHours} h/week</Td>
              <Td className="text-right">
                {m.membershipId === me.membershipId && <LeaveButton teamId={teamId} />}
              </Td>
            </tr>
          ),
        )}
      </TBody>
    </Table>
  );
}
