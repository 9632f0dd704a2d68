// deploy/init-secrets.sh makes consistent secrets once, keeps them on later runs, and rotates one service at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'init-secrets.sh');

function withSecrets(body) {
  const dir = join(mkdtempSync(join(tmpdir(), 'fitfolio-secrets-')), 'secrets');
  const run = (...args) => execFileSync('bash', [script, ...args], { env: { ...process.env, FITFOLIO_SECRETS_DIR: dir, SMTP_PASSWORD: 's3cret' } });
  const read = (name) => readFileSync(join(dir, name), 'utf8');
  try {
    body({ dir, run, read });
  } finally {
    rmSync(dirname(dir), { recursive: true, force: true });
  }
}

test('the first run writes every secret the Compose file mounts, each connection string carrying its password', () => {
  withSecrets(({ dir, run, read }) => {
    run();
    const pg = read('postgres_password');
    const redis = /^requirepass ([0-9a-f]{48})$/.exec(read('redis.conf'))[1];
    assert.match(pg, /^[0-9a-f]{48}$/);
    assert.match(read('ConnectionStrings__Database'), new RegExp(`^Host=db;Port=5432;Database=fitfolio;Username=fitfolio;Password=${pg};`));
    assert.equal(read('ConnectionStrings__Redis'), `redis:6379,password=${redis},abortConnect=false`);
    assert.equal(read('Email__Smtp__Password'), 's3cret');
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.equal(statSync(join(dir, 'postgres_password')).mode & 0o777, 0o444);
  });
});

test('a second run keeps what exists; --rotate db changes only the database password, in both its files', () => {
  withSecrets(({ run, read }) => {
    run();
    const before = { pg: read('postgres_password'), redis: read('redis.conf') };
    run();
    assert.equal(read('postgres_password'), before.pg);
    run('--rotate', 'db');
    const pg = read('postgres_password');
    assert.notEqual(pg, before.pg);
    assert.match(read('ConnectionStrings__Database'), new RegExp(`Password=${pg};`));
    assert.equal(read('redis.conf'), before.redis);
  });
});

test('--rotate redis changes only the Redis password, in redis.conf and its connection string', () => {
  withSecrets(({ run, read }) => {
    run();
    const before = { pg: read('postgres_password'), redis: read('redis.conf') };
    run('--rotate', 'redis');
    const redis = /^requirepass ([0-9a-f]{48})$/.exec(read('redis.conf'))[1];
    assert.notEqual(read('redis.conf'), before.redis);
    assert.equal(read('ConnectionStrings__Redis'), `redis:6379,password=${redis},abortConnect=false`);
    assert.equal(read('postgres_password'), before.pg);
  });
});

test('a rotation of anything but db or redis is refused and changes nothing', () => {
  withSecrets(({ run, read }) => {
    run();
    const before = { pg: read('postgres_password'), redis: read('redis.conf') };
    for (const args of [['--rotate'], ['--rotate', 'postgres'], ['--rotate', 'smtp'], ['--rotat', 'db']]) {
      assert.throws(() => run(...args), (error) => error.status === 2, args.join(' '));
    }
    assert.deepEqual({ pg: read('postgres_password'), redis: read('redis.conf') }, before);
  });
});

test('the pool it writes lets four replicas and the other clients fit the max_connections deploy/compose.yml gives PostgreSQL', () => {
  withSecrets(({ run, read }) => {
    run();
    const database = read('ConnectionStrings__Database');
    const pool = Number(/;Maximum Pool Size=(\d+)(;|$)/.exec(database)?.[1]);
    const compose = readFileSync(join(dirname(script), 'compose.yml'), 'utf8');
    const maxConnections = Number(/- max_connections=(\d+)/.exec(compose)?.[1]);
    // 3 superuser-reserved slots, 10 for backups, migrations, psql and monitoring.
    assert.ok(4 * pool + 3 + 10 <= maxConnections, `4 x ${pool} + 13 > ${maxConnections}`);
    assert.match(database, /;Timeout=5(;|$)/);
  });
});
