import type { Role } from '@/db/roles';

export type MemberView = {
  membershipId: string;
  name: string;
  email: string;
  role: Role;
  hourlyCost: number | null;
  weeklyCapacityHours: number;
};

export function NameCell({ member, isMe }: { member: MemberView; isMe: boolean }) {
  return (
    <td className="px-4 py-3">
      <div className="font-medium text-slate-900">
        {member.name} {isMe && <span className="text-xs font-normal text-slate-500">(you)</span>}
      </div>
      <div className="text-xs text-slate-500">{member.email}</div>
    </td>
  );
}
