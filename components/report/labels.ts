export const ACTION_STYLE = {
  remove: 'bg-rose-50 text-rose-800 ring-rose-200',
  automate: 'bg-sky-50 text-sky-800 ring-sky-200',
  delegate: 'bg-violet-50 text-violet-800 ring-violet-200',
  keep: 'bg-slate-100 text-slate-600 ring-slate-200',
} as const;

/** Chart colours, one per action, matching the badges. */
export const ACTION_COLOR = {
  remove: '#e11d48',
  automate: '#0284c7',
  delegate: '#7c3aed',
  keep: '#94a3b8',
} as const;
