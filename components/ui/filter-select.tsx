/** A compact labelled select for a filter bar: its choices are a record of value → words. */
export function FilterSelect<K extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: K;
  options: Readonly<Record<K, string>>;
  onChange: (v: K) => void;
}) {
  return (
    <label className="text-xs font-medium text-slate-600">
      {label}
      <select
        value={value}
        onChange={(e) => onChange(e.target.value as K)}
        className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-normal text-slate-800"
      >
        {(Object.entries(options) as [K, string][]).map(([k, text]) => (
          <option key={k} value={k}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
