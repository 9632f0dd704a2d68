// Every analytics route through the running app over HTTP beside the best plain SQL for the same answer, interleaved in
// one run on a seeded history written straight into the app's database. Prints p50/p95 of each, the ratios of the p50s and
// of the p95s (the bound: app p95 < 50 ms and within 2× the SQL's p95), and the fixed cost of a signed-in request.
// usage: node bench/analytics/bench.mjs postgres|sqlite APP_URL DATABASE SETS WORKOUTS ROUNDS
//   DATABASE: a PostgreSQL connection string, or the SQLite file the app uses.
import { User } from '../client.mjs';
import { makeHistory } from './history.mjs';
import { Postgres, Sqlite } from './store.mjs';

const [provider, url, database] = process.argv.slice(2, 5);
const [sets, workouts, rounds] = process.argv.slice(5, 8).map(Number);
const postgres = provider === 'postgres';
const db = postgres ? await Postgres.open(database) : Sqlite.open(database);
// SQLite cannot evaluate IANA zones, so its lifter stays on UTC (the app's default) and the SQL reads dates as UTC.
const zone = postgres ? 'Europe/Berlin' : 'UTC';

const lifter = new User(url);
await lifter.signIn('lifter@example.com');
const { user } = await lifter.call('GET', '/auth/me');
await db.query('UPDATE users SET time_zone = $1 WHERE id = $2', [zone, user.id]);

const catalogue = await db.query('SELECT id, slug, primary_muscles FROM exercises WHERE user_id IS NULL ORDER BY slug');
const pool = catalogue.filter((_, i) => i % Math.max(1, Math.floor(catalogue.length / 40)) === 0).slice(0, 40)
  .map((e) => ({ id: e.id.toLowerCase(), bodyweight: /pull-up|chin-up|dip|push-up/.test(e.slug) }));
const today = new Date(new Date().toISOString().slice(0, 10));
const seedStarted = performance.now();
const history = makeHistory({ userId: user.id, exercises: pool, sets, workouts, end: today, utcOffsetHours: postgres ? 1 : 0 });
await db.insert(history);
console.log(`seeded ${history.sets.length} sets (${history.sets.filter((s) => s.setType === 'warmup').length} warm-ups) in ${history.workouts.length} workouts,`
  + ` ${history.programs.length} programs, ${pool.length} exercises, ${history.metrics.length} days of metrics in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

// The exercise trained most, as a lifter's main lift would be.
const counts = new Map();
for (const s of history.sets) counts.set(s.exerciseId, (counts.get(s.exerciseId) ?? 0) + 1);
const exercise = [...counts].sort((a, b) => b[1] - a[1])[0][0];
const day = (offset) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const weekday = (today.getUTCDay() + 6) % 7;
const volumeFrom = day(-weekday - 7 * 11); // the dashboard's 12 weeks, from a Monday
const prsFrom = day(-28);
const metricsFrom = day(-90);
const slop = (date) => new Date(new Date(date).getTime() - 86_400_000); // the app's UTC window: a day either side

// SQL in each dialect. Parameters are $n in both; the SQLite store inlines them.
const q = postgres
  ? {
    local: (col) => `(${col} AT TIME ZONE '${zone}')::date`,
    float: (x) => `${x}::float8`,
    greatest: (a, b) => `greatest(${a}, ${b})`,
    week: (d) => `date_trunc('week', ${d})::date`,
    muscles: (col) => `unnest(string_to_array(${col}, ','))`,
    id: (v) => v,
    noId: 'NULL::uuid',
  }
  : {
    local: (col) => `date(((${col} >> 11) - 621355968000000) / 10000, 'unixepoch')`,
    float: (x) => `CAST(${x} AS REAL)`,
    greatest: (a, b) => `max(coalesce(${a}, ${b}), coalesce(${b}, ${a}))`,
    week: (d) => `date(${d}, '-' || ((CAST(strftime('%w', ${d}) AS INTEGER) + 6) % 7) || ' days')`,
    muscles: (col) => `(SELECT value FROM json_each('["' || replace(${col}, ',', '","') || '"]'))`,
    id: (v) => v.toUpperCase(),
    noId: 'NULL',
  };
const e1rm = `CASE WHEN s.reps = 1 THEN s.weight_kg ELSE s.weight_kg * (1 + ${q.float('s.reps')} / 30) END`;
const counting = `FROM workout_sets s JOIN workouts w ON w.id = s.workout_id
  WHERE s.user_id = $1 AND w.user_id = $1 AND w.status = 'completed' AND s.set_type <> 'warmup' AND s.reps >= 1`;
const order = 'started_at, workout_id, completed_at, created_at, id';
const u = q.id(user.id);
const ex = q.id(exercise);

const routes = [
  {
    name: 'history (page 1 of 20)', path: `/exercises/${exercise}/history?page=1&pageSize=20`,
    count: (r) => r.items.reduce((n, i) => n + i.sets.length, 0),
    sql: [`WITH sessions AS (
        SELECT w.id, w.started_at FROM workouts w WHERE w.user_id = $1 AND w.status = 'completed'
          AND EXISTS (SELECT 1 FROM workout_sets s WHERE s.workout_id = w.id AND s.exercise_id = $2)),
      page AS (SELECT id, started_at FROM sessions ORDER BY started_at DESC, id DESC LIMIT 20)
      SELECT p.id AS workout_id, ${q.local('p.started_at')} AS date, (SELECT count(*) FROM sessions) AS total,
        s.id, s.reps, s.weight_kg, s.rpe, s.set_type, s.notes, CASE WHEN s.set_type <> 'warmup' AND s.reps >= 1 AND s.weight_kg > 0 THEN ${e1rm} END AS e1rm
      FROM page p JOIN workout_sets s ON s.workout_id = p.id AND s.exercise_id = $2
      ORDER BY p.started_at DESC, p.id DESC, s.completed_at, s.created_at, s.id`, [u, ex]],
  },
  {
    name: 'records', path: `/exercises/${exercise}/records`,
    count: (r) => r.repMaxes.length + ['heaviestKg', 'bestE1rmKg', 'bestSetVolumeKg', 'bestSessionVolumeKg', 'mostReps'].filter((k) => r[k]).length,
    sql: [`WITH c AS (SELECT s.id, s.workout_id, s.reps, s.weight_kg, s.completed_at, s.created_at, w.started_at, ${e1rm} AS e1rm ${counting} AND s.exercise_id = $2),
      ranked AS (SELECT c.*, row_number() OVER (PARTITION BY reps ORDER BY weight_kg DESC, ${order}) AS n FROM c WHERE weight_kg > 0 AND reps <= 12)
      SELECT * FROM (SELECT 'heaviest' AS record, id, workout_id, weight_kg AS value FROM c WHERE weight_kg > 0 ORDER BY weight_kg DESC, ${order} LIMIT 1) r1
      UNION ALL SELECT * FROM (SELECT 'e1rm', id, workout_id, e1rm FROM c WHERE weight_kg > 0 ORDER BY e1rm DESC, ${order} LIMIT 1) r2
      UNION ALL SELECT * FROM (SELECT 'set_volume', id, workout_id, weight_kg * reps FROM c WHERE weight_kg > 0 ORDER BY weight_kg * reps DESC, ${order} LIMIT 1) r3
      UNION ALL SELECT * FROM (SELECT 'session_volume', ${q.noId}, workout_id, sum(weight_kg * reps) FROM c WHERE weight_kg > 0 GROUP BY workout_id, started_at ORDER BY 4 DESC, started_at, workout_id LIMIT 1) r4
      UNION ALL SELECT * FROM (SELECT 'most_reps', id, workout_id, reps FROM c ORDER BY reps DESC, ${order} LIMIT 1) r5
      UNION ALL SELECT 'rep_max_' || reps, id, workout_id, weight_kg FROM ranked WHERE n = 1`, [u, ex]],
  },
  ...['e1rm', 'topSet', 'volume'].map((metric) => ({
    name: `progress ${metric} (all time)`, path: `/exercises/${exercise}/progress?metric=${metric}`, count: (r) => r.items.length,
    sql: [`SELECT w.id, ${q.local('w.started_at')} AS date, ${{ e1rm: `max(${e1rm})`, topSet: 'max(s.weight_kg)', volume: 'sum(s.weight_kg * s.reps)' }[metric]} AS value
      ${counting} AND s.exercise_id = $2 AND s.weight_kg > 0 GROUP BY w.id, w.started_at ORDER BY w.started_at, w.id`, [u, ex]],
  })),
  {
    // The e1RM series reads each session's best kept on write (session_bests): the same answer from the kept rows is the
    // fairer anchor for it; the row above keeps the anchor that aggregates the sets, comparable with earlier runs.
    name: 'progress e1rm (all time, kept-bests SQL)', path: `/exercises/${exercise}/progress?metric=e1rm`, count: (r) => r.items.length,
    sql: [`SELECT w.id, ${q.local('w.started_at')} AS date, b.epley_kg AS value FROM session_bests b JOIN workouts w ON w.id = b.workout_id
      WHERE b.user_id = $1 AND b.exercise_id = $2 AND w.user_id = $1 AND w.status = 'completed' ORDER BY w.started_at, w.id`, [u, ex]],
  },
  {
    name: 'volume by muscle (12 weeks)', path: `/analytics/volume?from=${volumeFrom}&by=muscle`, count: (r) => r.items.length,
    sql: [`WITH c AS (SELECT s.exercise_id, s.weight_kg * s.reps AS volume, ${q.local('w.started_at')} AS date ${counting}
        AND s.weight_kg > 0 AND w.started_at >= $2),
      shares AS (SELECT c.date, m.muscle, c.volume, 1.0 AS share FROM c JOIN (SELECT id, ${q.muscles('primary_muscles')} AS muscle FROM exercises) m ON m.id = c.exercise_id
        UNION ALL SELECT c.date, m.muscle, c.volume, 0.5 FROM c JOIN (SELECT id, ${q.muscles('secondary_muscles')} AS muscle FROM exercises) m ON m.id = c.exercise_id)
      SELECT ${q.week('date')} AS week, muscle, sum(volume * share) AS volume, sum(share) AS hard_sets FROM shares WHERE date >= $3 GROUP BY 1, 2 ORDER BY 1, 2`,
    [u, slop(volumeFrom), volumeFrom]],
  },
  {
    name: 'volume by exercise (12 weeks)', path: `/analytics/volume?from=${volumeFrom}&by=exercise`, count: (r) => r.items.length,
    sql: [`SELECT ${q.week('date')} AS week, exercise_id, sum(volume) AS volume, count(*) AS hard_sets
      FROM (SELECT s.exercise_id, s.weight_kg * s.reps AS volume, ${q.local('w.started_at')} AS date ${counting} AND s.weight_kg > 0 AND w.started_at >= $2) c
      WHERE date >= $3 GROUP BY 1, 2 ORDER BY 1, 2`, [u, slop(volumeFrom), volumeFrom]],
  },
  {
    // The best SQL found: bests before the window aggregated, then running maxima over the window's sets alone.
    name: 'PR feed (28 days)', path: `/analytics/prs?from=${prsFrom}`, count: (r) => r.items.length,
    sql: [`WITH c AS (SELECT s.id, s.workout_id, s.exercise_id, s.reps, s.weight_kg, s.completed_at, s.created_at, w.started_at, ${e1rm} AS e1rm
          ${counting} AND s.weight_kg > 0),
      prior AS (SELECT exercise_id, max(weight_kg) AS heaviest, max(e1rm) AS e1rm, max(weight_kg * reps) AS volume FROM c WHERE started_at < $2 GROUP BY exercise_id),
      prior_rep AS (SELECT exercise_id, reps, max(weight_kg) AS weight FROM c WHERE started_at < $2 AND reps <= 12 GROUP BY exercise_id, reps),
      recent AS (SELECT c.*, ${q.local('c.started_at')} AS date,
          max(weight_kg) OVER before AS run_heaviest, max(e1rm) OVER before AS run_e1rm, max(weight_kg * reps) OVER before AS run_volume,
          max(weight_kg) OVER (PARTITION BY exercise_id, reps ORDER BY ${order} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS run_rep,
          first_value(workout_id) OVER (PARTITION BY exercise_id ORDER BY ${order}) AS first_workout
        FROM c WHERE started_at >= $2 WINDOW before AS (PARTITION BY exercise_id ORDER BY ${order} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)),
      judged AS (SELECT r.*, ${q.greatest('p.heaviest', 'r.run_heaviest')} AS prev_heaviest, ${q.greatest('p.e1rm', 'r.run_e1rm')} AS prev_e1rm,
          ${q.greatest('p.volume', 'r.run_volume')} AS prev_volume, CASE WHEN r.reps <= 12 THEN ${q.greatest('pr.weight', 'r.run_rep')} END AS prev_rep
        FROM recent r LEFT JOIN prior p ON p.exercise_id = r.exercise_id LEFT JOIN prior_rep pr ON pr.exercise_id = r.exercise_id AND pr.reps = r.reps
        WHERE r.date >= $3 AND (p.exercise_id IS NOT NULL OR r.workout_id <> r.first_workout))
      SELECT id, 'heaviest' AS type, weight_kg AS value, prev_heaviest AS previous FROM judged WHERE weight_kg > prev_heaviest
      UNION ALL SELECT id, 'e1rm', e1rm, prev_e1rm FROM judged WHERE e1rm > prev_e1rm
      UNION ALL SELECT id, 'set_volume', weight_kg * reps, prev_volume FROM judged WHERE weight_kg * reps > prev_volume
      UNION ALL SELECT id, 'rep_max', weight_kg, prev_rep FROM judged WHERE weight_kg > prev_rep`, [u, slop(prsFrom), prsFrom]],
  },
  {
    name: 'daily metrics (90 days)', path: `/metrics/daily?from=${metricsFrom}`, count: (r) => r.items.length,
    sql: ['SELECT * FROM daily_metrics WHERE user_id = $1 AND date >= $2 ORDER BY date', [u, metricsFrom]],
  },
  {
    // The maths (least squares, Pearson, Spearman, p-values) is not SQL's: the anchor reads what it is computed from, each
    // session's best e1RM per exercise as the app keeps it on write (session_bests), and the daily metrics.
    name: 'insights', path: '/analytics/insights', count: () => '-',
    sql: [`SELECT b.exercise_id, w.id, w.started_at, b.epley_kg AS best FROM session_bests b JOIN workouts w ON w.id = b.workout_id
      WHERE b.user_id = $1 AND w.user_id = $1 AND w.status = 'completed' ORDER BY b.exercise_id, w.started_at`, [u]],
    more: [['SELECT * FROM daily_metrics WHERE user_id = $1 ORDER BY date', [u]]],
  },
];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const timed = async (work) => { const t = performance.now(); const result = await work(); return [performance.now() - t, result]; };
const app = (route) => lifter.get(route.path);
const sql = async (route) => {
  const rows = await db.query(...route.sql);
  for (const statement of route.more ?? []) await db.query(...statement);
  return rows;
};

const results = [];
for (const route of routes) {
  // Warm-up, not timed: a method is recompiled optimised after 30 calls (the runtime's tiered JIT), so 60 calls leave every
  // route's own code at its steady state, and the statements prepared and planned.
  for (let i = 0; i < 60; i++) { await app(route); await sql(route); }
  const [appMs, sqlMs] = [[], []];
  let answer;
  let rows;
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first so neither always runs right after the other's work.
    if (i % 2 === 0) {
      const [a, r] = await timed(() => app(route)); appMs.push(a); answer = r;
      const [s, x] = await timed(() => sql(route)); sqlMs.push(s); rows = x;
    } else {
      const [s, x] = await timed(() => sql(route)); sqlMs.push(s); rows = x;
      const [a, r] = await timed(() => app(route)); appMs.push(a); answer = r;
    }
  }
  appMs.sort((a, b) => a - b);
  sqlMs.sort((a, b) => a - b);
  results.push({
    route: route.name, appP50: percentile(appMs, 0.5), appP95: percentile(appMs, 0.95), sqlP50: percentile(sqlMs, 0.5), sqlP95: percentile(sqlMs, 0.95),
    appItems: route.count(answer), sqlRows: route.count(answer) === '-' ? '-' : rows.length,
  });
}

// The fixed cost in every app figure: a signed-in request that reads nothing past its session, timed the same way.
for (let i = 0; i < 60; i++) await lifter.get('/auth/me');
const floorMs = [];
for (let i = 0; i < rounds; i++) { const [ms] = await timed(() => lifter.get('/auth/me')); floorMs.push(ms); }
floorMs.sort((a, b) => a - b);

const f = (ms) => ms.toFixed(1).padStart(7);
console.log(`\n${db.name}, ${history.sets.length} sets, ${rounds} requests per route (lifter's zone ${zone}); p50/p95 in ms\n`);
console.log(`| route | app p50 | app p95 | SQL p50 | SQL p95 | p50 ratio | p95 ratio | rows app/SQL | within bounds |`);
console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---|`);
for (const r of results) {
  const ratio = r.appP95 / r.sqlP95;
  const ok = r.appP95 < 50 && ratio <= 2;
  console.log(`| ${r.route} | ${f(r.appP50)} | ${f(r.appP95)} | ${f(r.sqlP50)} | ${f(r.sqlP95)} | ${(r.appP50 / r.sqlP50).toFixed(2).padStart(5)} | ${ratio.toFixed(2).padStart(5)} | ${r.appItems}/${r.sqlRows} | ${ok ? 'yes' : 'NO'} |`);
}
console.log(`\nA signed-in request that reads only its session (GET /auth/me): p50 ${f(percentile(floorMs, 0.5)).trim()}, p95 ${f(percentile(floorMs, 0.95)).trim()} ms,`
  + ' paid by every app figure above and by none of the SQL ones.');
await db.close();
lifter.close();
