/**
 * One direction of the lexicon while it is built: headword → senses in the
 * order found, written as a sorted TSV (gzip-compressed when large).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Above this size a TSV is written gzip-compressed. */
const GZIP_ABOVE_BYTES = 3 * 1024 * 1024;

export class SenseTable {
  private readonly table = new Map<string, string[]>();

  add(headword: string, sense: string): void {
    if (!headword || !sense) return;
    let senses = this.table.get(headword);
    if (!senses) {
      senses = [];
      this.table.set(headword, senses);
    }
    if (!senses.includes(sense)) senses.push(sense);
  }

  has(headword: string): boolean {
    return this.table.has(headword);
  }

  entries(): [string, string[]][] {
    return [...this.table.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

export function writeTable(outDir: string, name: string, header: string[], table: SenseTable): string {
  const lines = header.map((line) => `# ${line}`);
  for (const [headword, senses] of table.entries()) {
    if (senses.length === 0) continue;
    lines.push([headword, ...senses].join('\t'));
  }
  const text = `${lines.join('\n')}\n`;
  const bytes = Buffer.from(text, 'utf8');
  const plain = join(outDir, `${name}.tsv`);
  const gz = `${plain}.gz`;
  rmSync(plain, { force: true });
  rmSync(gz, { force: true });
  if (bytes.length > GZIP_ABOVE_BYTES) {
    writeFileSync(gz, gzipSync(bytes, { level: 9 }));
    return `${gz} (${lines.length - header.length} entries, gzip)`;
  }
  writeFileSync(plain, bytes);
  return `${plain} (${lines.length - header.length} entries)`;
}
