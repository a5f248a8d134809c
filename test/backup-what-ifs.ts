/** The what-ifs every step db/backup.test.ts writes carries: a step's rows come all or none. */
export const BACKUP_WHAT_IFS = [
  { condition: 'The file is locked', action: 'Wait and retry' },
  { condition: 'The disk is full', action: 'Free some space' },
  { condition: 'The copy is damaged', action: 'Take another' },
];
