#!/usr/bin/env node
// Validates src/FitFolio.Api/Training/Exercises/catalogue.json (no dependencies).
// Usage: node scripts/check-catalogue.mjs [path-to-catalogue.json]
// Exits 0 when valid, 1 on any rule violation, 2 if the file cannot be read/parsed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const file = resolve(process.argv[2] ?? resolve(here, '../src/FitFolio.Api/Training/Exercises/catalogue.json'));

const MUSCLES = ['abdominals', 'abductors', 'adductors', 'biceps', 'calves', 'chest', 'forearms', 'glutes',
  'hamstrings', 'lats', 'lower_back', 'neck', 'obliques', 'quadriceps', 'shoulders', 'traps', 'triceps', 'upper_back'];
const EQUIPMENT = ['barbell', 'dumbbell', 'machine', 'cable', 'bodyweight', 'kettlebell', 'band',
  'smith_machine', 'ez_bar', 'trap_bar', 'other'];
const CORE_EQUIPMENT = ['barbell', 'dumbbell', 'machine', 'cable', 'bodyweight', 'kettlebell'];
const KINDS = ['weight_reps', 'bodyweight_reps', 'time', 'distance_time', 'weight_distance'];
const INSTRUCTION_KEYS = ['setup', 'execution', 'mistakes'];
const MAX_INSTRUCTION_CHARS = 300;
const EXERCISE_KEYS = ['slug', 'name', 'primaryMuscles', 'secondaryMuscles', 'equipment', 'kind', 'instructions'];
const OPTIONAL_EXERCISE_KEYS = ['aliases'];
const TOP_KEYS = ['version', 'muscles', 'equipment', 'abbreviations', 'exercises'];
const WORD_RE = /^[a-z0-9]+$/;
const MIN_EXERCISES = 170;
const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const errors = [];
const fail = (msg) => errors.push(msg);
const sameArray = (a, b) => Array.isArray(a) && a.length === b.length && a.every((v, i) => v === b[i]);

// --- Load: strict UTF-8, no BOM, valid JSON --------------------------------
let bytes, text, data;
try {
  bytes = readFileSync(file);
} catch (e) {
  console.error(`Cannot read ${file}: ${e.message}`);
  process.exit(2);
}
if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) fail('file starts with a UTF-8 BOM');
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  console.error(`${file} is not valid UTF-8`);
  process.exit(2);
}
try {
  data = JSON.parse(text.replace(/^\uFEFF/, ''));
} catch (e) {
  console.error(`${file} is not valid JSON: ${e.message}`);
  process.exit(2);
}

// --- Formatting: canonical 2-space indented JSON (optional trailing newline) -
const canonical = JSON.stringify(data, null, 2);
const body = text.replace(/^\uFEFF/, '');
if (body !== canonical && body !== canonical + '\n') {
  fail('file is not canonical 2-space-indented JSON (reformat with JSON.stringify(data, null, 2))');
}
if (/\r/.test(body)) fail('file contains CR characters; use LF line endings');

// --- Top level ------------------------------------------------------------
if (data === null || typeof data !== 'object' || Array.isArray(data)) {
  console.error('top-level value must be an object');
  process.exit(1);
}
if (!sameArray(Object.keys(data), TOP_KEYS)) fail(`top-level keys must be exactly ${JSON.stringify(TOP_KEYS)} in that order, got ${JSON.stringify(Object.keys(data))}`);
if (data.version !== 1) fail(`version must be 1, got ${JSON.stringify(data.version)}`);
if (!sameArray(data.muscles, MUSCLES)) fail(`muscles vocabulary must be exactly ${JSON.stringify(MUSCLES)}`);
if (!sameArray(data.equipment, EQUIPMENT)) fail(`equipment vocabulary must be exactly ${JSON.stringify(EQUIPMENT)}`);
// abbreviations: a search word -> the word it stands for ("db" -> "dumbbell")
if (data.abbreviations === null || typeof data.abbreviations !== 'object' || Array.isArray(data.abbreviations)) {
  fail('abbreviations must be an object');
} else {
  for (const [short, word] of Object.entries(data.abbreviations)) {
    if (!WORD_RE.test(short)) fail(`abbreviations: key ${JSON.stringify(short)} must be one lower-case word [a-z0-9]`);
    if (typeof word !== 'string' || !WORD_RE.test(word)) fail(`abbreviations.${short} must be one lower-case word [a-z0-9]`);
  }
}
if (!Array.isArray(data.exercises)) {
  fail('exercises must be an array');
  data.exercises = [];
}

const muscleSet = new Set(MUSCLES);
const equipmentSet = new Set(EQUIPMENT);

// --- Exercises ------------------------------------------------------------
const slugs = new Map();
const names = new Map();
const counts = Object.fromEntries(EQUIPMENT.map((e) => [e, 0]));

function checkMuscleList(where, key, list, { nonEmpty }) {
  if (!Array.isArray(list)) { fail(`${where}: ${key} must be an array`); return []; }
  if (nonEmpty && list.length === 0) fail(`${where}: ${key} must not be empty`);
  const seen = new Set();
  for (const m of list) {
    if (typeof m !== 'string' || !muscleSet.has(m)) fail(`${where}: ${key} contains unknown muscle ${JSON.stringify(m)}`);
    if (seen.has(m)) fail(`${where}: ${key} lists ${JSON.stringify(m)} more than once`);
    seen.add(m);
  }
  return list;
}

data.exercises.forEach((ex, i) => {
  const where = `exercises[${i}]${ex && typeof ex.slug === 'string' ? ` (${ex.slug})` : ''}`;
  if (ex === null || typeof ex !== 'object' || Array.isArray(ex)) { fail(`${where}: must be an object`); return; }
  const keys = Object.keys(ex);
  if (!sameArray(keys.slice(0, EXERCISE_KEYS.length), EXERCISE_KEYS) || !keys.slice(EXERCISE_KEYS.length).every((k, j) => k === OPTIONAL_EXERCISE_KEYS[j])) {
    fail(`${where}: keys must be ${JSON.stringify(EXERCISE_KEYS)} then optionally ${JSON.stringify(OPTIONAL_EXERCISE_KEYS)}, in that order, got ${JSON.stringify(keys)}`);
  }

  // slug
  if (typeof ex.slug !== 'string' || !SLUG_RE.test(ex.slug)) {
    fail(`${where}: slug must be kebab-case [a-z0-9-] (no leading/trailing/double hyphens), got ${JSON.stringify(ex.slug)}`);
  } else if (slugs.has(ex.slug)) {
    fail(`${where}: duplicate slug, also at exercises[${slugs.get(ex.slug)}]`);
  } else {
    slugs.set(ex.slug, i);
  }

  // name
  if (typeof ex.name !== 'string' || ex.name.trim() === '') {
    fail(`${where}: name must be a non-empty string`);
  } else {
    if (ex.name !== ex.name.trim() || /\s{2,}/.test(ex.name)) fail(`${where}: name has stray whitespace: ${JSON.stringify(ex.name)}`);
    if (ex.name !== ex.name.normalize('NFC')) fail(`${where}: name is not NFC-normalised`);
    const key = ex.name.normalize('NFC').toLocaleLowerCase('en');
    if (names.has(key)) fail(`${where}: duplicate name ${JSON.stringify(ex.name)} (case-insensitive), also at exercises[${names.get(key)}]`);
    else names.set(key, i);
  }

  // muscles
  const primary = checkMuscleList(where, 'primaryMuscles', ex.primaryMuscles, { nonEmpty: true });
  const secondary = checkMuscleList(where, 'secondaryMuscles', ex.secondaryMuscles, { nonEmpty: false });
  const overlap = primary.filter((m) => secondary.includes(m));
  if (overlap.length) fail(`${where}: primaryMuscles and secondaryMuscles overlap on ${JSON.stringify(overlap)}`);

  // equipment
  if (typeof ex.equipment !== 'string' || !equipmentSet.has(ex.equipment)) fail(`${where}: unknown equipment ${JSON.stringify(ex.equipment)}`);
  else counts[ex.equipment]++;

  // kind: what a set measures (weight × reps, a hold for time, a carry's distance…)
  if (!KINDS.includes(ex.kind)) fail(`${where}: kind must be one of ${JSON.stringify(KINDS)}, got ${JSON.stringify(ex.kind)}`);

  // instructions: own-words cues in three parts, each one to three short sentences
  const ins = ex.instructions;
  if (ins === null || typeof ins !== 'object' || Array.isArray(ins) || !sameArray(Object.keys(ins), INSTRUCTION_KEYS)) {
    fail(`${where}: instructions must be an object with exactly ${JSON.stringify(INSTRUCTION_KEYS)} in that order`);
  } else {
    for (const part of INSTRUCTION_KEYS) {
      const text = ins[part];
      if (typeof text !== 'string' || text.trim() === '' || text !== text.trim() || /\s{2,}/.test(text)) { fail(`${where}: instructions.${part} must be a trimmed non-empty string`); continue; }
      if (text.length > MAX_INSTRUCTION_CHARS) fail(`${where}: instructions.${part} is longer than ${MAX_INSTRUCTION_CHARS} characters`);
      if (!/[.!?]$/.test(text)) fail(`${where}: instructions.${part} must end with a full stop`);
      const sentences = text.split(/[.!?](?:\s|$)/).filter((t) => t.trim() !== '').length;
      if (sentences > 3) fail(`${where}: instructions.${part} has ${sentences} sentences; keep it to 1–3`);
    }
    if (new Set(INSTRUCTION_KEYS.map((k) => ins[k])).size !== INSTRUCTION_KEYS.length) fail(`${where}: instructions repeat the same text in two parts`);
  }
});

// aliases: other names a lifter searches by (OHP, RDL, Military Press); never another exercise's name or alias
const aliasOwners = new Map();
data.exercises.forEach((ex, i) => {
  if (ex?.aliases === undefined) return;
  const where = `exercises[${i}] (${ex.slug})`;
  if (!Array.isArray(ex.aliases) || ex.aliases.length === 0) { fail(`${where}: aliases must be a non-empty array when present`); return; }
  for (const alias of ex.aliases) {
    if (typeof alias !== 'string' || alias.trim() === '' || alias !== alias.trim() || /\s{2,}/.test(alias)) { fail(`${where}: alias ${JSON.stringify(alias)} must be a trimmed non-empty string`); continue; }
    const key = alias.normalize('NFC').toLocaleLowerCase('en');
    if (names.has(key)) fail(`${where}: alias ${JSON.stringify(alias)} is the name of exercises[${names.get(key)}]`);
    if (aliasOwners.has(key)) fail(`${where}: alias ${JSON.stringify(alias)} is also an alias of exercises[${aliasOwners.get(key)}]`);
    else aliasOwners.set(key, i);
  }
});

// sorted by slug (strict ascending, code-point order)
for (let i = 1; i < data.exercises.length; i++) {
  const a = data.exercises[i - 1]?.slug, b = data.exercises[i]?.slug;
  if (typeof a === 'string' && typeof b === 'string' && !(a < b)) {
    fail(`exercises not sorted by slug: ${JSON.stringify(a)} (index ${i - 1}) comes before ${JSON.stringify(b)} (index ${i})`);
  }
}

// coverage
const total = data.exercises.length;
if (total < MIN_EXERCISES) fail(`expected at least ${MIN_EXERCISES} exercises, found ${total}`);
for (const e of CORE_EQUIPMENT) if (counts[e] === 0) fail(`no exercises use core equipment ${JSON.stringify(e)}`);

// --- Report ---------------------------------------------------------------
console.log(`Catalogue: ${file}`);
console.log('Exercises per equipment:');
const width = Math.max(...EQUIPMENT.map((e) => e.length));
for (const e of EQUIPMENT) console.log(`  ${e.padEnd(width)}  ${String(counts[e]).padStart(4)}`);
console.log(`  ${'TOTAL'.padEnd(width)}  ${String(total).padStart(4)}`);

if (errors.length) {
  console.error(`\n${errors.length} violation(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log('\nOK: catalogue is valid.');
