#!/usr/bin/env node
/**
 * Turns a QuickFreeze shape report (docs/shape-report.md) into a portal fixture: `<name>.html`, a page with the
 * report's headings and fields named the way the report says, and `<name>.json`, its expectations (provider, page
 * kind, each field's role) in the format of tests/fixtures/portals/README.md.
 *
 *   node scripts/shape-to-fixture.mjs <report.json> <name> [--dir tests/fixtures/portals] [--force]
 *
 * The expectations are what the report says, taught corrections included: a fixture made from a page that
 * QuickFreeze recognized wrong fails until recognition learns that page.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FORMAT = 'quickfreeze-shape-report';
const DEFAULT_DIR = join(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/portals');
const KINDS = ['text', 'textarea', 'editable', 'select', 'checkbox', 'radio', 'date', 'file'];
const KEPT_DIGIT_RUNS = new Set(['2258', '2702', '2703', '2705', '2523', '1543', '164', '256', '512']);
/** What the report's markers stand for in an address that must parse. */
const URL_MARKERS = { '{uuid}': '00000000-0000-4000-8000-000000000000', '{email}': 'someone@example.org', '{handle}': 'someone', '{token}': 'token', '{typed}': 'typed', '{url}': 'link' };

/** The reasons a report cannot become a fixture; empty when it can. */
export function reportProblems(report) {
  const problems = [];
  if (!report || typeof report !== 'object') return ['not a JSON object'];
  if (report.format !== FORMAT) problems.push(`format is not "${FORMAT}"`);
  if (report.version !== 1) problems.push(`version ${JSON.stringify(report.version)} is not 1`);
  if (typeof report.url !== 'string' || !/^https:\/\//.test(report.url)) problems.push('url is not an https address');
  if (typeof report.provider?.id !== 'string') problems.push('provider.id is missing');
  if (typeof report.page?.kind !== 'string') problems.push('page.kind is missing');
  if (!Array.isArray(report.headings)) problems.push('headings is not a list');
  if (!Array.isArray(report.fields)) problems.push('fields is not a list');
  (report.fields ?? []).forEach((field, i) => {
    if (!KINDS.includes(field?.kind)) problems.push(`fields[${i}].kind ${JSON.stringify(field?.kind)} is unknown`);
    if (!Array.isArray(field?.names)) problems.push(`fields[${i}].names is not a list`);
  });
  // A report holds no e-mail address and no case number: one that does was edited, or not made by QuickFreeze.
  const leftovers = collectStrings(report).filter(
    (s) => /[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(s) || (s.match(/\d{3,}/g) ?? []).some((run) => !KEPT_DIGIT_RUNS.has(run) && !/^9+$/.test(run)),
  );
  for (const text of leftovers.slice(0, 5)) problems.push(`holds unmasked data: ${JSON.stringify(text.slice(0, 60))}`);
  return problems;
}

function collectStrings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collectStrings(item, out);
  return out;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function attrs(map) {
  return Object.entries(map)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([key, value]) => (value === true ? ` ${key}` : ` ${key}="${escapeHtml(value)}"`))
    .join('');
}

export function fixtureUrl(maskedUrl) {
  let url = maskedUrl;
  for (const [marker, stand] of Object.entries(URL_MARKERS)) url = url.split(marker).join(stand);
  return new URL(url).href;
}

/** As recognition/text.ts `splitIdentifier`: `caseNumber`, `case_no` -> `case number`, `case no`. */
function splitIdentifier(name) {
  if (!name) return '';
  return name.replace(/\[\]$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_\-.[\]:]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

const realAttribute = (value) => (typeof value === 'string' && value && value !== '{generated}' ? value : undefined);
const firstPart = (section) => (section ?? '').split(' | ')[0] ?? '';

/**
 * How the control is named: one name as a plain label; several in the order recognition weighs them
 * (aria-labelledby, aria-label, label, placeholder, title), so the fixture is read as the report's page was.
 */
function naming(field, n) {
  // The name and id attributes and the group's container say these again: recognition reads them there.
  const restated = new Set([splitIdentifier(realAttribute(field.name)), splitIdentifier(realAttribute(field.id)), field.group].filter(Boolean));
  const own = field.names.filter((name) => !restated.has(name));
  const names = own.length ? own : [field.label].filter((label) => label && !restated.has(label));
  const textual = field.kind === 'text' || field.kind === 'textarea' || field.kind === 'date';
  if (names.length <= 1 && field.kind !== 'editable') return { labelText: names[0] ?? '', extra: {}, before: '' };
  const [first, second, third, fourth, fifth] = names;
  const labelledBy = `qf-name-${n}`;
  return {
    before: `<span id="${labelledBy}">${escapeHtml(first ?? '')}</span>`,
    labelText: field.kind === 'editable' ? '' : third ?? '',
    extra: {
      'aria-labelledby': labelledBy,
      'aria-label': second,
      placeholder: textual ? fourth : undefined,
      title: textual ? fifth : fourth,
    },
  };
}

function control(field, n, extra, radioName) {
  const common = { 'data-qf': String(n), name: radioName ?? realAttribute(field.name), id: realAttribute(field.id), ...extra };
  switch (field.kind) {
    case 'textarea':
      return `<textarea${attrs(common)}></textarea>`;
    case 'editable':
      return `<div${attrs({ ...common, contenteditable: 'true', role: 'textbox', name: undefined })}></div>`;
    case 'select': {
      const options = (field.options ?? []).map((text, i) => `<option${attrs({ value: `o${i}`, selected: field.selected === i })}>${escapeHtml(text)}</option>`);
      return `<select${attrs(common)}>${options.join('')}</select>`;
    }
    case 'radio':
      if (field.type === 'role-radio') return radioCard(field, common);
      return `<input${attrs({ type: 'radio', ...common, checked: field.checked === true })}>`;
    case 'date':
      return `<input${attrs({ type: /^(?:date|datetime-local|month|week)$/.test(field.type) ? field.type : 'date', ...common })}>`;
    case 'checkbox':
    case 'file':
      return `<input${attrs({ type: field.kind, ...common })}>`;
    default:
      return `<input${attrs({ type: /^(?:text|email|tel|url|number)$/.test(field.type) ? field.type : 'text', ...common })}>`;
  }
}

/** A radio "card": a div with `role=radio` whose own text is its label. */
function radioCard(field, common) {
  const { name: _name, ...rest } = common;
  return `<div${attrs({ role: 'radio', 'aria-checked': field.checked === true ? 'true' : 'false', tabindex: '0', ...rest })}>${escapeHtml(field.label)}</div>`;
}

function fieldRow(field, n, radioName) {
  if (field.type === 'role-radio') return `<div class="row">${control(field, n, {}, radioName)}</div>`;
  const { labelText, extra, before } = naming(field, n);
  const input = control(field, n, extra, radioName);
  const labelled = labelText
    ? field.kind === 'checkbox' || field.kind === 'radio'
      ? `<label>${input} ${escapeHtml(labelText)}</label>`
      : `<label><span>${escapeHtml(labelText)}</span> ${input}</label>`
    : input;
  return `${before}<div class="row">${labelled}</div>`;
}

/** Consecutive radios of one group share a name (a fresh one where the report's is generated or taken). */
function radioNames(fields) {
  const names = new Map();
  const used = new Set();
  let group = -1;
  fields.forEach((field, i) => {
    if (field.kind !== 'radio') return;
    const previous = fields[i - 1];
    const sameGroup = previous?.kind === 'radio' && previous.name === field.name && previous.group === field.group && previous.section === field.section;
    if (!sameGroup) {
      group++;
      const wanted = realAttribute(field.name);
      const name = wanted && !used.has(wanted) ? wanted : `g-${group}`;
      used.add(name);
      names.set(i, name);
    } else names.set(i, names.get(i - 1));
  });
  return names;
}

function formBody(fields) {
  const radios = radioNames(fields);
  const out = [];
  let i = 0;
  while (i < fields.length) {
    const section = fields[i].section ?? '';
    const rows = [];
    for (; i < fields.length && (fields[i].section ?? '') === section; i++) {
      const field = fields[i];
      const groupLabel = field.group && field.group !== firstPart(section) ? field.group : '';
      if (field.kind === 'radio' && radios.get(i) !== radios.get(i - 1)) {
        const members = [];
        for (let j = i; j < fields.length && radios.get(j) === radios.get(i) && (fields[j].section ?? '') === section; j++) members.push(fieldRow(fields[j], j, radios.get(j)));
        rows.push(`<div${attrs({ role: 'radiogroup', 'aria-label': field.group || undefined })}>${members.join('\n')}</div>`);
        i += members.length - 1;
      } else if (field.kind === 'checkbox' && groupLabel) {
        rows.push(`<div${attrs({ role: 'group', 'aria-label': groupLabel })}>${fieldRow(field, i)}</div>`);
      } else rows.push(fieldRow(field, i));
    }
    // The section's whole name as an aria-label: recognition reads it as the fields' context, and not as a heading.
    out.push(section ? `<section${attrs({ 'aria-label': section })}>\n${rows.join('\n')}\n</section>` : rows.join('\n'));
  }
  return out.join('\n');
}

/** The fixture page and its expectations for one report. */
export function fixtureFromReport(report) {
  const problems = reportProblems(report);
  if (problems.length) throw new Error(`not a usable shape report:\n- ${problems.join('\n- ')}`);
  const { fields, page, provider } = report;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${provider.name ?? provider.id}: ${page.kind} page (from a shape report)`)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:2rem;max-width:48rem}.row{margin:.6rem 0}fieldset{margin:1rem 0}</style>
</head>
<body>
<!-- Made by scripts/shape-to-fixture.mjs from a QuickFreeze shape report (page kind decided by: ${escapeHtml(page.decidedBy ?? 'unknown')}).
     The report holds no page text but headings and field names; wording below marked "synthetic" stands for a signal it names. -->
<header>
${report.headings.map((h, i) => (i === 0 ? `<h1>${escapeHtml(h)}</h1>` : `<h2>${escapeHtml(h)}</h2>`)).join('\n')}
</header>
<main>
${page.signals?.confirmationWording ? '<p role="status" class="synthetic">Your request has been submitted.</p>' : ''}
${fields.length || page.signals?.passwordField ? `<form>
${formBody(fields)}
${page.signals?.passwordField ? '<div class="row"><label>Password <input type="password" name="password"></label></div>' : ''}
<button type="button">Submit</button>
</form>` : ''}
</main>
</body>
</html>
`;
  const selector = (i) => `[data-qf='${i}']`;
  const taught = fields.some((f) => f.taught) || page.taught;
  const spec = {
    url: fixtureUrl(report.url),
    provider: provider.id,
    page: page.kind,
    description: `From a shape report of a ${provider.name ?? provider.id} ${page.kind} page (kind decided by ${page.decidedBy ?? 'unknown'})${taught ? '; includes what the investigator taught' : ''}.`,
    fields: fields.flatMap((f, i) => (f.role ? [{ selector: selector(i), role: f.role }] : [])),
    noRole: fields.flatMap((f, i) => (f.role ? [] : [selector(i)])),
  };
  return { html, spec };
}

/** Writes `<name>.html` and `<name>.json` into `dir`; refuses to overwrite unless `force`. */
export function writeFixture(report, name, { dir = DEFAULT_DIR, force = false } = {}) {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) throw new Error(`fixture name "${name}" must be lower-case words joined by hyphens`);
  const { html, spec } = fixtureFromReport(report);
  const htmlPath = join(dir, `${name}.html`);
  const jsonPath = join(dir, `${name}.json`);
  if (!force && (existsSync(htmlPath) || existsSync(jsonPath))) throw new Error(`${name} already exists in ${dir} (use --force to replace it)`);
  writeFileSync(htmlPath, html);
  writeFileSync(jsonPath, `${JSON.stringify(spec, null, 2)}\n`);
  return { htmlPath, jsonPath, spec };
}

function main(argv) {
  const args = argv.filter((a) => !a.startsWith('--'));
  const dirAt = argv.indexOf('--dir');
  const dir = dirAt >= 0 ? resolve(argv[dirAt + 1] ?? '.') : DEFAULT_DIR;
  const [reportPath, name] = args.filter((a) => a !== argv[dirAt + 1]);
  if (!reportPath || !name) {
    console.error('usage: node scripts/shape-to-fixture.mjs <report.json> <name> [--dir <folder>] [--force]');
    return 2;
  }
  try {
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    const { htmlPath, jsonPath, spec } = writeFixture(report, name, { dir, force: argv.includes('--force') });
    console.log(`wrote ${htmlPath}\nwrote ${jsonPath}\n${spec.provider} ${spec.page}: ${spec.fields.length} fields with a role, ${spec.noRole.length} without`);
    console.log('next: check the page, describe what it exercises in the .json, add a row to tests/fixtures/portals/README.md, run the fixture tests');
    return 0;
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));
