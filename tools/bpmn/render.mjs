// Renders every bpmn/<name>.bpmn to docs/diagrams/<name>.svg (bpmn-js saveSVG) and <name>.png (a screenshot of the
// same viewer), and records the SHA-256 of each source diagram in the SVG and in docs/diagrams/sources.sha256
// (`sha256sum -c` format, run from the repository root), so DiagramPicturesTest can tell when a picture is stale.
//
// Before writing anything it checks the layout of each rendered diagram (shapes, text of labels, lines) and refuses
// overlaps: a Modeler does not stop an analyst from dropping a label onto a line, a picture makes it obvious.
//
// Needs only npm packages (bpmn-js, playwright-core) and a Chromium binary: CHROME_BIN, else /usr/bin/chromium.
//
//   node render.mjs                      render into docs/diagrams/
//   node render.mjs --out DIR            render into DIR (CI: proves the renderer works without touching the repo)
//   node render.mjs --ignore-layout      write pictures even with layout problems (to look at them while fixing)
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: join(repo, 'docs/diagrams') },
    'ignore-layout': { type: 'boolean', default: false }
  }
});
const outDir = resolve(options.out);
const bpmnDir = join(repo, 'bpmn');
// (no double hyphen: it may not appear inside the XML comment that carries it)
const regenerate = 'cd tools/bpmn && npm ci && npm run render';

// Padding around the diagram; extra room at the bottom keeps the bpmn.io watermark (which the bpmn-js licence
// requires to stay visible) clear of the diagram.
const PAD = 30;
const WATERMARK = 40;
const SCALE = 1.5;
const SVG_PAD = 10;

const diagrams = readdirSync(bpmnDir).filter((f) => f.endsWith('.bpmn')).sort();
if (diagrams.length === 0) {
  throw new Error(`no .bpmn files in ${bpmnDir}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
  // playwright gives each launch a fresh temporary profile
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
});

const rendered = [];
const problems = [];
try {
  const page = await browser.newPage({ deviceScaleFactor: SCALE, viewport: { width: 800, height: 600 } });
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head>'
    + '<body style="margin:0;background:#fff"><div id="canvas" style="position:relative"></div></body></html>');
  const dist = join(here, 'node_modules/bpmn-js/dist');
  await page.addStyleTag({ path: join(dist, 'assets/diagram-js.css') });
  await page.addStyleTag({ path: join(dist, 'assets/bpmn-js.css') });
  await page.addScriptTag({ path: join(dist, 'bpmn-viewer.production.min.js') });
  await page.addScriptTag({ path: join(here, 'layout-check.js') });

  for (const file of diagrams) {
    const name = basename(file, '.bpmn');
    const source = readFileSync(join(bpmnDir, file));
    const sha256 = createHash('sha256').update(source).digest('hex');
    const result = await page.evaluate(async ({ xml, pad, watermark }) => {
      const container = document.getElementById('canvas');
      if (window.viewer) {
        window.viewer.destroy();
      }
      container.style.width = '800px';
      container.style.height = '600px';
      window.viewer = new BpmnJS({ container });
      const { warnings } = await window.viewer.importXML(xml);
      const canvas = window.viewer.get('canvas');
      canvas.zoom(1);
      const inner = canvas.viewbox().inner;
      const width = Math.ceil(inner.width + 2 * pad);
      const height = Math.ceil(inner.height + 2 * pad + watermark);
      container.style.width = `${width}px`;
      container.style.height = `${height}px`;
      canvas.resized();
      canvas.viewbox({ x: inner.x - pad, y: inner.y - pad, width, height });
      const { svg } = await window.viewer.saveSVG();
      return {
        svg,
        width,
        height,
        warnings: warnings.map((w) => w.message),
        layout: window.layoutProblems(window.viewer)
      };
    }, { xml: source.toString('utf8'), pad: PAD, watermark: WATERMARK });

    // an import warning means bpmn-js could not read part of the file (unknown element, missing reference, no DI)
    for (const message of [...result.warnings, ...result.layout]) {
      problems.push(`bpmn/${file}: ${message}`);
    }
    await page.setViewportSize({ width: result.width, height: result.height });
    const png = await page.locator('#canvas').screenshot({ type: 'png' });
    const svg = result.svg
      .replace(/^(<\?xml[^>]*\?>)?/, (decl) => `${decl}\n<!-- source: bpmn/${file} sha256: ${sha256}`
        + ` | generated by tools/bpmn/render.mjs, do not edit; regenerate: ${regenerate} -->`)
      // bpmn-js names arrow-head markers randomly: number them, so an unchanged diagram renders to the same file
      .replace(/marker-[a-z0-9]{16,}/g, ((ids) => (id) => {
        if (!ids.has(id)) {
          ids.set(id, `marker-${ids.size + 1}`);
        }
        return ids.get(id);
      })(new Map()))
      // saveSVG crops to the drawing; a margin keeps lines at the edge visible
      .replace(/width="([\d.]+)" height="([\d.]+)" viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/,
        (_, w, h, x, y, vw, vh) => `width="${+w + 2 * SVG_PAD}" height="${+h + 2 * SVG_PAD}" `
          + `viewBox="${x - SVG_PAD} ${y - SVG_PAD} ${+vw + 2 * SVG_PAD} ${+vh + 2 * SVG_PAD}"`);
    rendered.push({ name, file, sha256, svg, png });
    console.log(`rendered bpmn/${file} (${result.width}x${result.height})`);
  }
} finally {
  await browser.close();
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  if (!options['ignore-layout']) {
    console.error('\nnothing written; fix the diagrams (or pass --ignore-layout to look at the pictures)');
    process.exit(1);
  }
}

mkdirSync(outDir, { recursive: true });
for (const { name, svg, png } of rendered) {
  writeFileSync(join(outDir, `${name}.svg`), svg);
  writeFileSync(join(outDir, `${name}.png`), png);
}
writeFileSync(join(outDir, 'sources.sha256'),
  rendered.map(({ file, sha256 }) => `${sha256}  bpmn/${file}\n`).join(''));
console.log(`wrote ${rendered.length} diagrams to ${relative(process.cwd(), outDir) || '.'}`);
process.exit(problems.length > 0 ? 1 : 0);
