import { readFileSync } from 'node:fs';
import { extractArticle } from '/work/extract/src/ingest/extract-article.ts';
const [file, url] = process.argv.slice(2);
const a = extractArticle(readFileSync(file, 'utf8'), { input: file, url: url ?? null, today: '2025-04-01' });
const { blocks, ...rest } = a;
console.log(JSON.stringify(rest, null, 1));
for (const b of blocks) console.log(b.kind === 'heading' ? '## ' + b.text : '  ' + b.text.slice(0, 110));
