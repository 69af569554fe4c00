// Quick check of forms/*.form against the diagrams for .ci/lint, before Maven runs: each form is Camunda 7.24 form
// JSON with an id, every camunda:formRef in bpmn/*.bpmn names an existing form, every form is used. The full set of
// rules (with the diagrams' Modeler metadata, DI and documentation) is DiagramsAndFormsTest, run by `mvn verify`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Camunda 7.24's Tasklist renders forms with a form-js that reads schema versions up to 16
const MAX_SCHEMA_VERSION = 16;
const problems = [];
const list = (dir, ext) => readdirSync(join(repo, dir)).filter((f) => f.endsWith(ext)).sort();

const formIds = new Map();
for (const file of list('forms', '.form')) {
  let form;
  try {
    form = JSON.parse(readFileSync(join(repo, 'forms', file), 'utf8'));
  } catch (e) {
    problems.push(`forms/${file}: not JSON (${e.message})`);
    continue;
  }
  if (typeof form.id !== 'string' || !form.id) {
    problems.push(`forms/${file}: no "id"`);
  } else if (formIds.has(form.id)) {
    problems.push(`forms/${file}: id "${form.id}" is also the id of forms/${formIds.get(form.id)}`);
  } else {
    formIds.set(form.id, file);
  }
  if (form.executionPlatform !== 'Camunda Platform') {
    problems.push(`forms/${file}: executionPlatform is ${JSON.stringify(form.executionPlatform)}, not "Camunda Platform"`);
  }
  if (!/^7\.24\.\d+$/.test(form.executionPlatformVersion)) {
    problems.push(`forms/${file}: executionPlatformVersion is ${JSON.stringify(form.executionPlatformVersion)}, not 7.24.x`);
  }
  if (!Number.isInteger(form.schemaVersion) || form.schemaVersion > MAX_SCHEMA_VERSION) {
    problems.push(`forms/${file}: schemaVersion ${form.schemaVersion} is not one Camunda 7.24 reads (<= ${MAX_SCHEMA_VERSION})`);
  }
  if (!Array.isArray(form.components)) {
    problems.push(`forms/${file}: no "components"`);
  }
}

const used = new Set();
for (const file of list('bpmn', '.bpmn')) {
  for (const [, ref] of readFileSync(join(repo, 'bpmn', file), 'utf8').matchAll(/camunda:formRef="([^"]*)"/g)) {
    used.add(ref);
    if (!formIds.has(ref)) {
      problems.push(`bpmn/${file}: camunda:formRef "${ref}" names no form in forms/`);
    }
  }
}
for (const [id, file] of formIds) {
  if (!used.has(id)) {
    problems.push(`forms/${file}: form "${id}" is used by no diagram`);
  }
}

if (problems.length > 0) {
  console.error(`${problems.length} form problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${formIds.size} forms ok, ${used.size} referenced`);
