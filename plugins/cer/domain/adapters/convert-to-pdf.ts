import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type PdfConversionErrorCode = 'timeout' | 'failed';

export class PdfConversionError extends Error {
  override readonly name = 'PdfConversionError';

  constructor(
    readonly code: PdfConversionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type ConvertDocxToPdfOptions = {
  timeoutMs: number;
  // Where to look for LibreOffice; the process's PATH by default (tests point it elsewhere).
  searchPath?: string;
};

const BINARIES = ['soffice', 'libreoffice'];

const candidates = (searchPath: string): string[] =>
  searchPath
    .split(path.delimiter)
    .filter((entry) => entry !== '')
    .flatMap((dir) => BINARIES.map((name) => path.join(dir, name)));

/** The LibreOffice launcher on the PATH, or null; synchronous so a test can decide at load time to skip. */
export const findLibreOfficeSync = (searchPath: string = process.env.PATH ?? ''): string | null => {
  for (const candidate of candidates(searchPath)) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here, keep looking
    }
  }
  return null;
};

const findOnPath = async (searchPath: string): Promise<string | null> => {
  for (const dir of searchPath.split(path.delimiter).filter((entry) => entry !== '')) {
    for (const name of BINARIES) {
      const candidate = path.join(dir, name);
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here, keep looking
      }
    }
  }
  return null;
};

const run = (binary: string, args: readonly string[], timeoutMs: number): Promise<void> =>
  new Promise((resolve, reject) => {
    // Own process group, so that a timeout kills soffice.bin and oosplash with the launcher.
    const child = spawn(binary, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new PdfConversionError('failed', `La conversion en PDF n'a pas pu démarrer (${error.message}).`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(new PdfConversionError('timeout', `La conversion en PDF a dépassé ${Math.round(timeoutMs / 1000)} s et a été interrompue.`));
      } else if (code !== 0) {
        reject(new PdfConversionError('failed', `La conversion en PDF a échoué (code ${code}) : ${stderr.trim().slice(0, 300)}`));
      } else {
        resolve();
      }
    });
  });

// Converts a .docx to PDF with LibreOffice when it is installed (FEATURES D1: "PDF where a
// converter is installed"); null when it is not, so the caller offers the .docx only.
// Each call gets its own LibreOffice profile: two conversions at once would otherwise fight
// over the user's profile lock and one of them would silently produce nothing.
export const convertDocxToPdf = async (
  docx: Buffer,
  options: ConvertDocxToPdfOptions,
): Promise<Buffer | null> => {
  const binary = await findOnPath(options.searchPath ?? process.env.PATH ?? '');
  if (binary === null) return null;
  const workDir = await mkdtemp(path.join(tmpdir(), 'cer-pdf-'));
  try {
    const input = path.join(workDir, 'document.docx');
    const outDir = path.join(workDir, 'out');
    await writeFile(input, docx);
    await run(
      binary,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(path.join(workDir, 'profile')).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        input,
      ],
      options.timeoutMs,
    );
    try {
      return await readFile(path.join(outDir, 'document.pdf'));
    } catch {
      throw new PdfConversionError('failed', "La conversion en PDF n'a produit aucun fichier.");
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
};

/**
 * Several .docx converted by ONE LibreOffice run (batch convocations, FEATURES A5): starting
 * soffice costs seconds, a document a fraction of one. Same order as given; null without LibreOffice.
 */
export const convertDocxFilesToPdf = async (docxs: readonly Buffer[], options: ConvertDocxToPdfOptions): Promise<Buffer[] | null> => {
  const binary = await findOnPath(options.searchPath ?? process.env.PATH ?? '');
  if (binary === null) return null;
  if (docxs.length === 0) return [];
  const workDir = await mkdtemp(path.join(tmpdir(), 'merge-pdf-'));
  try {
    const outDir = path.join(workDir, 'out');
    const inputs = docxs.map((_, i) => path.join(workDir, `document-${String(i).padStart(5, '0')}.docx`));
    await Promise.all(docxs.map((bytes, i) => writeFile(inputs[i] as string, bytes)));
    await run(
      binary,
      ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(path.join(workDir, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', outDir, ...inputs],
      options.timeoutMs,
    );
    return await Promise.all(
      inputs.map(async (input) => {
        try {
          return await readFile(path.join(outDir, `${path.basename(input, '.docx')}.pdf`));
        } catch {
          throw new PdfConversionError('failed', "La conversion en PDF n'a pas produit tous les fichiers.");
        }
      }),
    );
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
};
