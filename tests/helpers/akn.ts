/** Akoma Ntoso validation against the OASIS schema kept in schemas/akn/, with xmllint. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const AKN_XSD = join(import.meta.dirname, '../../schemas/akn/akomantoso30.xsd');

/** The xmllint errors for each document that does not validate; empty when all do. */
export function validateAkn(documents: string[]): string[] {
  if (documents.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'akn-'));
  try {
    const files = documents.map((body, i) => {
      const file = join(dir, `${i}.akn.xml`);
      writeFileSync(file, body);
      return file;
    });
    try {
      execFileSync('xmllint', ['--noout', '--schema', AKN_XSD, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
      return [];
    } catch (error) {
      return String((error as { stderr?: Buffer }).stderr ?? error)
        .split('\n')
        .filter((l) => l && !l.endsWith(' validates'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
