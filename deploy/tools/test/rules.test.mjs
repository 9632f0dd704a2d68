// Each deployment rule catches what it is for, and the checked-in files pass them all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkComposeFile, composeValidator, dockerfilelintProblems } from '../lint-deploy.mjs';
import { checkDockerfile, checkWorkflow, parseEnvFile } from '../rules.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const read = (path) => readFileSync(join(root, path), 'utf8');
const env = parseEnvFile(read('deploy/.env.example'));
const validate = composeValidator();
const messages = (text) => checkDockerfile(text).map((p) => p.message).join('\n');

const good = `ARG NODE_VERSION=20.20.2
FROM node:\${NODE_VERSION}-bookworm-slim AS web
RUN npm ci
FROM mcr.microsoft.com/dotnet/aspnet:10.0.12-noble-chiseled-extra
COPY --from=web /out /app
USER 1654:1654
HEALTHCHECK --interval=15s --start-period=30s CMD ["dotnet", "/app/App.dll", "--health-probe"]
ENTRYPOINT ["dotnet", "/app/App.dll"]
`;

test('the checked-in Dockerfile passes dockerfilelint and our rules', () => {
  assert.deepEqual(checkDockerfile(read('deploy/Dockerfile')), []);
  assert.deepEqual(dockerfilelintProblems(read('deploy/Dockerfile')), []);
});

test('a well-formed Dockerfile passes; ARG defaults and stage names resolve', () => {
  assert.equal(messages(good), '');
});

test('the final stage must not run as root', () => {
  assert.match(messages(good.replace('USER 1654:1654', 'USER root')), /runs as "root"/);
  assert.match(messages(good.replace('USER 1654:1654', 'USER 0:0')), /runs as "0:0"/);
  assert.match(messages(good.replace('USER 1654:1654\n', '')), /sets no USER/);
});

test('a USER in an earlier stage does not count for the final one', () => {
  const text = good.replace('RUN npm ci', 'RUN npm ci\nUSER node').replace('USER 1654:1654\n', '');
  assert.match(messages(text), /sets no USER/);
});

test('the final stage needs an exec-form HEALTHCHECK with known options', () => {
  const healthcheck = /HEALTHCHECK .*\n/;
  assert.match(messages(good.replace(healthcheck, '')), /no HEALTHCHECK/);
  assert.match(messages(good.replace(healthcheck, 'HEALTHCHECK NONE\n')), /NONE is not allowed/);
  assert.match(messages(good.replace(healthcheck, 'HEALTHCHECK CMD curl -f http://localhost/healthz/live\n')), /exec form/);
  assert.match(messages(good.replace('--interval=15s', '--every=15s')), /--every=15s is unknown/);
});

test('base images carry a version tag or a digest', () => {
  assert.match(messages(good.replace('NODE_VERSION=20.20.2', 'NODE_VERSION=')), /unresolved variable/);
  assert.match(messages(good.replace('10.0.12-noble-chiseled-extra', 'latest')), /moving tag "latest"/);
  assert.match(messages(good.replace(':10.0.12-noble-chiseled-extra', '')), /has no tag/);
  assert.match(messages(good.replace('10.0.12-noble-chiseled-extra', '10-noble')), /names no version/);
  assert.equal(messages(good.replace(':10.0.12-noble-chiseled-extra', `@sha256:${'a'.repeat(64)}`)), '');
});

test('entry points use the exec form', () => {
  assert.match(messages(good.replace('ENTRYPOINT ["dotnet", "/app/App.dll"]', 'ENTRYPOINT dotnet /app/App.dll')), /ENTRYPOINT must use the exec form/);
});

test('dockerfilelint still reports real HEALTHCHECK mistakes beside the one false positive we drop', () => {
  assert.deepEqual(dockerfilelintProblems(good), []);
  assert.match(dockerfilelintProblems(good.replace('--interval=15s', '--bogus=15s')).join('\n'), /invalid_format/);
});

test('both Compose files validate against the Compose specification and our rules', () => {
  assert.deepEqual(checkComposeFile(read('deploy/compose.yml'), env, validate), []);
  assert.deepEqual(checkComposeFile(read('deploy/compose.dev.yml'), env, validate), []);
});

const compose = `services:
  app:
    build: { context: .. }
    read_only: true
    environment:
      App__PublicUrl: https://\${FITFOLIO_HOST}
    secrets: [db]
    healthcheck:
      interval: 10s
  db:
    image: postgres:16.10-bookworm
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pw
secrets:
  db:
    file: ./secrets/db
`;

test('the Compose checks reject schema errors, unpinned images, inline secrets and unknown variables', () => {
  const problems = (text) => checkComposeFile(text, env, validate).join('\n');
  assert.equal(problems(compose), '');
  assert.match(problems(compose.replace('read_only: true', 'read_only: true\n    replicas_count: 2')), /schema: .*replicas_count/);
  assert.match(problems(compose.replace('interval: 10s', 'interval: ten seconds')), /schema: \/services\/app\/healthcheck\/interval must match format "duration"/);
  assert.match(problems(compose.replace('postgres:16.10-bookworm', 'postgres:latest')), /moving tag "latest"/);
  assert.match(problems(compose.replace('POSTGRES_PASSWORD_FILE: /run/secrets/pw', 'POSTGRES_PASSWORD: hunter2')), /POSTGRES_PASSWORD carries a secret inline/);
  assert.match(problems(compose.replace('secrets: [db]', 'secrets: [db, smtp]')), /secret "smtp" is not declared/);
  assert.match(problems(compose.replace('FITFOLIO_HOST', 'NOT_IN_ENV_EXAMPLE')), /variable NOT_IN_ENV_EXAMPLE/);
  assert.match(problems(compose.replace('    read_only: true\n', '')), /must set read_only: true/);
});

test('workflow job and service container images are pinned to a version', () => {
  const workflow = (image) => ({ jobs: { ci: { container: { image }, services: { redis: { image } }, steps: [{ run: 'make test' }] } } });
  assert.deepEqual(checkWorkflow(workflow('postgres:16.10-bookworm')), []);
  assert.match(checkWorkflow(workflow('postgres:latest')).join(), /jobs\.ci\.container: .*moving tag "latest"/);
  assert.match(checkWorkflow(workflow('redis:7')).join(), /jobs\.ci\.services\.redis: .*names no version/);
  assert.match(checkWorkflow({ jobs: { ci: { container: 'postgres', steps: [] } } }).join(), /has no tag/);
});

test('workflow actions are pinned to a commit SHA or an exact tag', () => {
  const workflow = (uses) => ({ jobs: { ci: { steps: [{ uses }, { run: 'make test' }] } } });
  assert.deepEqual(checkWorkflow(workflow('actions/checkout@v4.2.2')), []);
  assert.deepEqual(checkWorkflow(workflow(`actions/checkout@${'0'.repeat(40)}`)), []);
  assert.match(checkWorkflow(workflow('actions/checkout@v4')).join(), /not pinned/);
  assert.match(checkWorkflow(workflow('actions/checkout@main')).join(), /not pinned/);
});
