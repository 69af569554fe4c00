// Renders every dmn/<name>.dmn to docs/diagrams/<name>.png: a screenshot of dmn-js's decision table view of each
// decision in the file (stacked, in the file's order), the view an analyst edits in Camunda Modeler. PNG, not SVG:
// dmn-js draws a decision table as an HTML table, not as SVG (only the requirements diagram is SVG, and for one
// decision per file it is a single box), so a screenshot is the faithful picture.
//
// The SHA-256 of the source goes into the PNG (a tEXt chunk "source" = "dmn/<name>.dmn sha256: <hex>") and into
// docs/diagrams/decisions.sha256 (`sha256sum -c` format, run from the repository root), so DiagramPicturesTest can
// tell when a picture is stale.
//
// Refuses (writes nothing) when dmn-js warns on import (an element it cannot read, a broken reference) or a
// decision has no decision table or literal expression to show.
//
// Needs only npm packages (dmn-js, playwright-core) and a Chromium binary: CHROME_BIN, else /usr/bin/chromium.
//
//   node render-dmn.mjs                  render dmn/*.dmn into docs/diagrams/
//   node render-dmn.mjs --out DIR        render into DIR (CI: proves the renderer works without touching the repo)
//   node render-dmn.mjs --dmn DIR        render DIR/*.dmn instead of dmn/ (the tool's own check on a fixture)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: join(repo, 'docs/diagrams') },
    dmn: { type: 'string', default: join(repo, 'dmn') }
  }
});
const outDir = resolve(options.out);
const dmnDir = resolve(options.dmn);
const sourceDir = relative(repo, dmnDir).split('\\').join('/');
const SCALE = 1.5;
const PAD = 20;

const files = existsSync(dmnDir) ? readdirSync(dmnDir).filter((f) => f.endsWith('.dmn')).sort() : [];
if (files.length === 0) {
  throw new Error(`no .dmn files in ${dmnDir}`);
}
// a picture is named after its file; a diagram of the same name would share it
for (const file of files) {
  if (existsSync(join(repo, 'bpmn', `${basename(file, '.dmn')}.bpmn`))) {
    throw new Error(`${sourceDir}/${file} and bpmn/${basename(file, '.dmn')}.bpmn would have the same picture`);
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
});

const rendered = [];
const problems = [];
try {
  const page = await browser.newPage({ deviceScaleFactor: SCALE, viewport: { width: 600, height: 400 } });
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head>'
    + `<body style="margin:0;background:#fff"><div id="tables" style="display:inline-block;padding:${PAD}px">`
    + '</div></body></html>');
  const dist = join(here, 'node_modules/dmn-js/dist');
  for (const css of ['dmn-js-shared.css', 'dmn-js-decision-table.css', 'dmn-js-literal-expression.css',
    'dmn-js-drd.css', 'diagram-js.css', 'dmn-font/css/dmn-embedded.css']) {
    await page.addStyleTag({ path: join(dist, 'assets', css) });
  }
  // room under each table for the bpmn.io logo (which the dmn-js licence requires to stay visible)
  await page.addStyleTag({ content: '.tjs-container { padding-bottom: 44px; }' });
  await page.addScriptTag({ path: join(dist, 'dmn-viewer.production.min.js') });

  for (const file of files) {
    const name = basename(file, '.dmn');
    const source = readFileSync(join(dmnDir, file));
    const sha256 = createHash('sha256').update(source).digest('hex');
    const result = await page.evaluate(async ({ xml }) => {
      const tables = document.getElementById('tables');
      for (const viewer of window.viewers || []) {
        viewer.destroy();
      }
      tables.replaceChildren();
      window.viewers = [];
      const problems = [];
      // one viewer to list the views: each decision is a view of its own
      const probe = new DmnJS({ container: document.createElement('div') });
      const { warnings } = await probe.importXML(xml);
      problems.push(...warnings.map((w) => `import: ${w.message.split('\n')[0]}`));
      const views = probe.getViews();
      probe.destroy();
      const decisions = views.filter((v) => v.type !== 'drd');
      const drg = new DOMParser().parseFromString(xml, 'text/xml')
        .querySelectorAll('definitions > decision');
      for (const decision of drg) {
        if (!decisions.some((v) => v.element.id === decision.getAttribute('id'))) {
          problems.push(`decision ${decision.getAttribute('id')}: no decision table or literal expression to show`);
        }
      }
      for (const view of decisions) {
        const container = document.createElement('div');
        container.style.marginBottom = '24px';
        tables.appendChild(container);
        const viewer = new DmnJS({ container });
        window.viewers.push(viewer);
        await viewer.importXML(xml);
        await viewer.open(view);
      }
      // the tables take their natural width, wider than the initial viewport if they need it
      const width = Math.ceil(Math.max(tables.scrollWidth, tables.getBoundingClientRect().width));
      const height = Math.ceil(Math.max(tables.scrollHeight, tables.getBoundingClientRect().height));
      return { problems, count: decisions.length, width, height };
    }, { xml: source.toString('utf8') });

    for (const message of result.problems) {
      problems.push(`${sourceDir}/${file}: ${message}`);
    }
    await page.setViewportSize({ width: Math.max(result.width, 200), height: Math.max(result.height, 100) });
    const png = withText(await page.locator('#tables').screenshot({ type: 'png' }), 'source',
      `${sourceDir}/${file} sha256: ${sha256}`);
    rendered.push({ name, file, sha256, png });
    console.log(`rendered ${sourceDir}/${file} (${result.count} decision(s), ${result.width}x${result.height})`);
  }
} finally {
  await browser.close();
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}\n\nnothing written; fix the tables`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
for (const { name, png } of rendered) {
  writeFileSync(join(outDir, `${name}.png`), png);
}
writeFileSync(join(outDir, 'decisions.sha256'),
  rendered.map(({ file, sha256 }) => `${sha256}  ${sourceDir}/${file}\n`).join(''));
console.log(`wrote ${rendered.length} decision table pictures to ${relative(process.cwd(), outDir) || '.'}`);

/** The PNG with a tEXt chunk keyword=text right after its header chunk (IHDR: 8 + 4 + 4 + 13 + 4 bytes). */
function withText(png, keyword, text) {
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]);
  const type = Buffer.from('tEXt', 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  const end = 8 + 25;
  return Buffer.concat([png.subarray(0, end), length, type, data, crc, png.subarray(end)]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) {
      crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}
