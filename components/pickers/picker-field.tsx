'use client';

import type { QueryKey, UseQueryOptions } from '@tanstack/react-query';
import { Combobox, type ComboOption } from '@/components/ui/combobox';

/** What every picker of team records takes: the team, the choice, and the field around it. */
export type PickerProps = {
  teamId: string;
  label: string;
  value: ComboOption | null;
  onChange: (option: ComboOption | null) => void;
  name?: string;
  error?: string;
  className?: string;
};

/** A form-field combobox searching on the server as the user types; `clearLabel` is "nobody". */
export function PickerField<TFnData, TError, TKey extends QueryKey>({
  value,
  onChange,
  teamId: _teamId,
  ...props
}: PickerProps & {
  clearLabel: string;
  queryFor: (text: string) => UseQueryOptions<TFnData, TError, ComboOption[], TKey>;
}) {
  return <Combobox {...props} selected={value} onSelect={onChange} variant="field" />;
}
