export function Alert({
  tone = 'error',
  children,
}: {
  tone?: 'error' | 'info';
  children: React.ReactNode;
}) {
  const styles =
    tone === 'error'
      ? 'border-red-200 bg-red-50 text-red-800'
      : 'border-brand-100 bg-brand-50 text-brand-700';
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-md border px-3 py-2 text-sm ${styles}`}
    >
      {children}
    </div>
  );
}
