// Shape of the `genesis-imports` API (G1). `progress` is the number of rows processed so far.
export type ImportStatus = 'running' | 'done' | 'dry_run' | 'refused' | 'failed';

export type GenesisImport = {
  id: number;
  fileName: string;
  extractionDate: string | null;
  status: ImportStatus;
  trigger: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  rows: number | null;
  created: number | null;
  updated: number | null;
  unchanged: number | null;
  reoriented: number | null;
  reinstated: number | null;
  rejected: number | null;
  progress: number | null;
  message?: string | null;
  warningCount?: number;
  warnings?: string[];
  errors?: Array<{ line: number | null; column: string | null; message: string }>;
};
