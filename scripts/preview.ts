/**
 * `npm run preview [-- <scenario|payload.json>] [--out dir]`: the bot's real
 * reply payloads drawn as Discord's dark theme draws them, as an HTML page
 * per scenario (scripts/preview/scenarios.ts; no argument: every scenario)
 * and a PNG of each when Chromium is installed (Debian: `apt-get install -y
 * chromium fonts-noto-core`). A payload.json is a message body or a list of
 * them, as sent to Discord. Output: data/preview/ unless --out says otherwise.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../src/config.js';
import { createEngine } from '../src/core/engine.js';
import type { MarsadEngine } from '../src/core/engine-types.js';
import { previewPage, type PreviewMessage } from './preview/discord-html.js';
import { SCENARIOS } from './preview/scenarios.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
// As the machine notes say: without the background-networking flags Chromium keeps trying a closed network.
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Page {
  name: string;
  title: string;
  messages: PreviewMessage[];
}

/**
 * An engine over knowledge/, the fixture articles of other outlets, a translation of one of them (Arabic view of an
 * English article) and an Arabic report whose sentences end in Latin runs (test/fixtures/mixed-script), in temporary folders.
 */
async function previewEngine(work: string): Promise<MarsadEngine> {
  const knowledgeDir = path.join(work, 'knowledge');
  await mkdir(knowledgeDir, { recursive: true });
  for (const folder of [path.join(ROOT, 'knowledge'), path.join(ROOT, 'test/fixtures/outlets'), path.join(ROOT, 'test/fixtures/translations'), path.join(ROOT, 'test/fixtures/mixed-script')]) {
    for (const file of await readdir(folder)) if (file.endsWith('.md')) await cp(path.join(folder, file), path.join(knowledgeDir, file));
  }
  const config = loadConfig({ MARSAD_KNOWLEDGE_DIR: knowledgeDir, MARSAD_DATA_DIR: path.join(work, 'data') });
  return createEngine(config, { generative: null });
}

async function screenshot(pages: { html: string; png: string }[]): Promise<boolean> {
  if (!existsSync(CHROMIUM)) return false;
  const { chromium } = await import('playwright-core');
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'marsad-preview-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_FLAGS, viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    for (const { html, png } of pages) {
      await page.setContent(await readFile(html, 'utf8'), { waitUntil: 'load' });
      await page.locator('.page').screenshot({ path: png });
    }
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
  return true;
}

async function main(target: string | undefined, outDir: string): Promise<void> {
  const pages: Page[] = [];
  if (target?.endsWith('.json')) {
    const payload = JSON.parse(await readFile(target, 'utf8')) as PreviewMessage | PreviewMessage[];
    pages.push({ name: path.basename(target, '.json'), title: target, messages: Array.isArray(payload) ? payload : [payload] });
  } else {
    const chosen = target ? SCENARIOS.filter((scenario) => scenario.name === target) : SCENARIOS;
    if (chosen.length === 0) throw new Error(`no scenario "${target}"; scenarios: ${SCENARIOS.map((scenario) => scenario.name).join(', ')}`);
    const work = await mkdtemp(path.join(tmpdir(), 'marsad-preview-'));
    try {
      const engine = await previewEngine(work);
      for (const scenario of chosen) pages.push({ name: scenario.name, title: scenario.title, messages: await scenario.render(engine) });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  await mkdir(outDir, { recursive: true });
  const written = [];
  for (const page of pages) {
    const html = path.join(outDir, `${page.name}.html`);
    await writeFile(html, previewPage(page.title, page.messages));
    written.push({ html, png: path.join(outDir, `${page.name}.png`) });
  }
  const index = pages.map((page) => `<li><a href="${page.name}.html">${page.name}</a> — ${page.title.replace(/</gu, '&lt;')}</li>`).join('');
  await writeFile(path.join(outDir, 'index.html'), `<!doctype html><meta charset="utf-8"><ul>${index}</ul>`);
  const drew = await screenshot(written);
  for (const { html, png } of written) process.stdout.write(`${path.relative(process.cwd(), drew ? png : html)}\n`);
  if (!drew) process.stderr.write(`No Chromium at ${CHROMIUM}: HTML only (apt-get install -y chromium fonts-noto-core for PNGs).\n`);
}

new Command('preview')
  .description("Draw the bot's reply payloads as Discord's dark theme shows them (HTML, and PNG with Chromium).")
  .argument('[target]', 'a scenario name or a payload .json file (default: every scenario)')
  .option('--out <dir>', 'output folder', path.join(ROOT, 'data', 'preview'))
  .action(async (target: string | undefined, options: { out: string }) => {
    try {
      await main(target, path.resolve(options.out));
    } catch (error) {
      process.stderr.write(`preview: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  })
  .parseAsync();
