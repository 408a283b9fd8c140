import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mergeCerDocument } from '../documents/merge-cer-document';
import { PdfConversionError, convertDocxToPdf, findLibreOfficeSync } from './convert-to-pdf';

// Decided at load time: without LibreOffice the real conversion is reported skipped, with the
// reason in its title — never a green test that converted nothing (.ci/run installs it).
const LIBREOFFICE = findLibreOfficeSync();
const withLibreOffice = LIBREOFFICE ? test : test.skip;
const REAL_CONVERSION = LIBREOFFICE
  ? `converts a merged CER with the real LibreOffice (${LIBREOFFICE})`
  : 'converts a merged CER with the real LibreOffice — IGNORÉ : LibreOffice (soffice) absent du PATH, installez libreoffice-writer-nogui';

// Fake `soffice` executables stand in for LibreOffice so the launcher logic (arguments,
// timeout, clean-up) is tested everywhere; the real conversion runs only where it is installed.
let binDir: string;

const fakeSoffice = (script: string): string => {
  const dir = mkdtempSync(path.join(binDir, 'path-'));
  const file = path.join(dir, 'soffice');
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
  return dir;
};

const leftovers = (): string[] => readdirSync(tmpdir()).filter((name) => name.startsWith('cer-pdf-'));

beforeAll(() => {
  binDir = mkdtempSync(path.join(tmpdir(), 'fake-soffice-'));
});
afterAll(() => rmSync(binDir, { recursive: true, force: true }));

describe('convertDocxToPdf', () => {
  test('returns null when LibreOffice is not on the PATH', async () => {
    const emptyDir = mkdtempSync(path.join(binDir, 'empty-'));
    expect(await convertDocxToPdf(Buffer.from('x'), { timeoutMs: 1000, searchPath: emptyDir })).toBeNull();
    expect(await convertDocxToPdf(Buffer.from('x'), { timeoutMs: 1000, searchPath: '' })).toBeNull();
  });

  test('calls soffice headless with a private profile, returns the PDF and cleans up', async () => {
    const argsFile = path.join(binDir, 'args.txt');
    // Writes its arguments, then the PDF where --outdir says, like LibreOffice does.
    const searchPath = fakeSoffice(
      `printf '%s\\n' "$@" > '${argsFile}'\nout=""; prev=""\nfor a in "$@"; do if [ "$prev" = "--outdir" ]; then out="$a"; fi; prev="$a"; done\nmkdir -p "$out" && printf '%%PDF-1.7 fake' > "$out/document.pdf"`,
    );
    const before = leftovers();
    const pdf = await convertDocxToPdf(Buffer.from('docx bytes'), { timeoutMs: 5000, searchPath });
    expect(pdf?.toString()).toBe('%PDF-1.7 fake');
    const args = readFileSync(argsFile, 'utf8').trim().split('\n');
    expect(args.slice(0, 2)).toEqual(['--headless', '--norestore']);
    expect(args[2]).toMatch(/^-env:UserInstallation=file:\/\/\/.+\/cer-pdf-[^/]+\/profile$/);
    expect(args.slice(3, 6)).toEqual(['--convert-to', 'pdf', '--outdir']);
    expect(args[7]).toMatch(/\/document\.docx$/);
    expect(leftovers()).toEqual(before);
  });

  test('kills a conversion that hangs and reports the timeout', async () => {
    const pidFile = path.join(binDir, 'pid.txt');
    const searchPath = fakeSoffice(`echo $$ > '${pidFile}'\nsleep 30 &\nwait`);
    const before = leftovers();
    const started = Date.now();
    const conversion = convertDocxToPdf(Buffer.from('x'), { timeoutMs: 300, searchPath });
    await expect(conversion).rejects.toBeInstanceOf(PdfConversionError);
    await expect(conversion).rejects.toMatchObject({ code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(5000);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow();
    expect(leftovers()).toEqual(before);
  });

  test('reports a failing conversion in French', async () => {
    const searchPath = fakeSoffice('echo "boom" >&2\nexit 3');
    await expect(convertDocxToPdf(Buffer.from('x'), { timeoutMs: 5000, searchPath })).rejects.toMatchObject({
      code: 'failed',
      message: expect.stringMatching(/^La conversion en PDF a échoué \(code 3\)/),
    });
  });

  test('findLibreOfficeSync finds soffice or libreoffice on a given PATH, null otherwise', () => {
    const dir = fakeSoffice('exit 0');
    expect(findLibreOfficeSync(dir)).toBe(path.join(dir, 'soffice'));
    expect(findLibreOfficeSync(mkdtempSync(path.join(binDir, 'none-')))).toBeNull();
    expect(findLibreOfficeSync('')).toBeNull();
  });

  withLibreOffice(REAL_CONVERSION, async () => {
    const template = readFileSync(path.resolve(__dirname, '../../templates/cer-sans-decision.docx'));
    const docx = mergeCerDocument(template, {
      beneficiary: { civility: 'Monsieur', lastName: 'Martin', firstName: 'Paul', birthDate: '1980-01-02', fileNumber: '012345', address: null },
      referent: { name: 'Anne Roux', structure: 'CCAS Privas' },
      cer: {
        number: 1,
        start: '2024-06-01',
        end: '2024-11-30',
        signedOn: '2024-05-13',
        situation: 'Situation',
        evaluation: null,
        expression: null,
        agreement: 'nc',
        departmentDecision: null,
        decision: null,
        validatedOn: null,
        notValidatedOn: null,
        objectives: [{ theme: 'Emploi', description: 'Chercher' }],
      },
    });
    const pdf = await convertDocxToPdf(docx, { timeoutMs: 60_000 });
    expect(pdf).not.toBeNull();
    expect(pdf?.subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(path.join(tmpdir(), 'document.pdf'))).toBe(false);
  }, 90_000);
});
