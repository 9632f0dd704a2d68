// The two databases as the bench reaches them: PostgreSQL through `pg`, SQLite through one long-lived sqlite3 shell
// (no SQLite library builds on this Node) fed queries on its standard input. Both write the seeded history straight in,
// in the app's own column formats, and time a query from this process as a client would.
import { spawn } from 'node:child_process';
import pg from 'pg';

const TABLES = {
  programs: ['id', 'user_id', 'name', 'description', 'created_at', 'updated_at'],
  workout_templates: ['id', 'program_id', 'name', 'position'],
  workouts: ['id', 'user_id', 'status', 'started_at', 'completed_at', 'notes', 'template_id', 'template_name'],
  workout_sets: ['id', 'workout_id', 'user_id', 'exercise_id', 'reps', 'weight_kg', 'rpe', 'set_type', 'notes', 'completed_at', 'created_at', 'duration_seconds', 'distance_m'],
  session_bests: ['workout_id', 'exercise_id', 'user_id', 'epley_kg', 'brzycki_kg', 'rpe_kg', 'top_weight_kg', 'volume_kg', 'set_count'],
  session_rep_bests: ['workout_id', 'exercise_id', 'reps', 'user_id', 'top_weight_kg', 'rpe_kg'],
  daily_metrics: ['user_id', 'date', 'body_weight_kg', 'body_fat_percent', 'sleep_hours', 'sleep_quality', 'energy', 'notes', 'updated_at'],
};

// The app's e1RM formulas (src/FitFolio.Api/Training/Analytics/E1rm.cs), term for term so the doubles come out the same.
const epley = (w, r) => (r === 1 ? w : w * (1 + r / 30));
const brzycki = (w, r) => (r <= 12 ? (w * 36) / (37 - r) : null);
const fromRpe = (w, r, rpe) => {
  if (rpe === null) return null;
  const x = (10 - rpe) + (r - 1);
  const fraction = x <= 2.92 ? ((0.347619 * x * x) - (4.60714 * x) + 99.9667) / 100 : ((-2.64249 * x) + 97.0955) / 100;
  return w / Math.max(fraction, 0.5);
};
const max = (a, b) => (b === null ? a : a === null ? b : Math.max(a, b));

/** What the app keeps on write in session_bests: per completed workout and exercise, its loaded counting sets' bests. */
function sessionBests(history) {
  const completed = new Set(history.workouts.filter((w) => w.status === 'completed').map((w) => w.id));
  const bests = new Map();
  for (const s of history.sets) {
    if (!completed.has(s.workoutId) || s.setType === 'warmup' || s.reps < 1 || s.weightKg <= 0) continue;
    const key = `${s.workoutId} ${s.exerciseId}`;
    const b = bests.get(key) ?? { workoutId: s.workoutId, exerciseId: s.exerciseId, userId: s.userId, epley: null, brzycki: null, rpe: null, top: 0, volume: 0, sets: 0 };
    b.epley = max(b.epley, epley(s.weightKg, s.reps));
    b.brzycki = max(b.brzycki, brzycki(s.weightKg, s.reps));
    b.rpe = max(b.rpe, fromRpe(s.weightKg, s.reps, s.rpe));
    b.top = Math.max(b.top, s.weightKg);
    b.volume += s.weightKg * s.reps;
    b.sets += 1;
    bests.set(key, b);
  }
  return [...bests.values()];
}

/** What the app keeps on write in session_rep_bests: per completed workout, exercise and rep count, the heaviest loaded counting set and best RPE e1RM. */
function sessionRepBests(history) {
  const completed = new Set(history.workouts.filter((w) => w.status === 'completed').map((w) => w.id));
  const bests = new Map();
  for (const s of history.sets) {
    if (!completed.has(s.workoutId) || s.setType === 'warmup' || s.reps < 1 || s.weightKg <= 0) continue;
    const key = `${s.workoutId} ${s.exerciseId} ${s.reps}`;
    const b = bests.get(key) ?? { workoutId: s.workoutId, exerciseId: s.exerciseId, reps: s.reps, userId: s.userId, top: 0, rpe: null };
    b.top = Math.max(b.top, s.weightKg);
    b.rpe = max(b.rpe, fromRpe(s.weightKg, s.reps, s.rpe));
    bests.set(key, b);
  }
  return [...bests.values()];
}

/** The history's rows per table, in TABLES' column order. */
function rows(history, now) {
  return {
    programs: history.programs.map((p) => [p.id, history.workouts[0].userId, p.name, null, now, now]),
    workout_templates: history.templates.map((t) => [t.id, t.programId, t.name, t.position]),
    workouts: history.workouts.map((w) => [w.id, w.userId, w.status, w.startedAt, w.completedAt, null, w.templateId, w.templateName]),
    workout_sets: history.sets.map((s) => [s.id, s.workoutId, s.userId, s.exerciseId, s.reps, s.weightKg, s.rpe, s.setType, null, s.completedAt, s.createdAt, null, null]),
    session_bests: sessionBests(history).map((b) => [b.workoutId, b.exerciseId, b.userId, b.epley, b.brzycki, b.rpe, b.top, b.volume, b.sets]),
    session_rep_bests: sessionRepBests(history).map((b) => [b.workoutId, b.exerciseId, b.reps, b.userId, b.top, b.rpe]),
    daily_metrics: history.metrics.map((m) => [m.userId, m.date, m.bodyWeightKg, m.bodyFatPercent, m.sleepHours, m.sleepQuality, m.energy, m.notes, m.updatedAt]),
  };
}

export class Postgres {
  static async open(connectionString) {
    const client = new pg.Client({ connectionString });
    await client.connect();
    return new Postgres(client);
  }

  constructor(client) { this.client = client; this.name = 'PostgreSQL'; }

  async query(sql, params = []) { return (await this.client.query(sql, params)).rows; }

  async types(table) {
    const columns = await this.query('SELECT column_name, data_type, character_maximum_length FROM information_schema.columns WHERE table_name = $1', [table]);
    return new Map(columns.map((c) => [c.column_name, c.data_type === 'character varying' ? 'text' : c.data_type]));
  }

  /** Multi-row inserts of arrays unnested server-side: one statement per 10,000 rows, no per-row round trip. */
  async insert(history) {
    for (const [table, data] of Object.entries(rows(history, new Date()))) {
      const columns = TABLES[table];
      const types = await this.types(table);
      for (let i = 0; i < data.length; i += 10_000) {
        const chunk = data.slice(i, i + 10_000);
        const arrays = columns.map((_, c) => chunk.map((r) => r[c]));
        const casts = columns.map((c, n) => `$${n + 1}::${types.get(c)}[]`).join(', ');
        await this.client.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${casts})`, arrays);
      }
    }
    // Five years of history are mostly old rows: VACUUM marks their pages all-visible (as autovacuum would have long since),
    // so index-only scans are priced and run as they would be on a lifter's database, not on freshly loaded pages.
    await this.client.query('VACUUM ANALYZE');
  }

  close() { return this.client.end(); }
}

/** EF Core's DateTimeOffsetToBinaryConverter, as the app stores instants on SQLite: (ticks / 1000) << 11 | offset minutes. */
export const sqliteInstant = (date) => ((BigInt(date.getTime()) * 10_000n + 621_355_968_000_000_000n) / 1000n) << 11n;

const sqliteValue = (v) => {
  if (v === null || v === undefined) return 'NULL';
  if (v instanceof Date) return sqliteInstant(v).toString();
  if (typeof v === 'number') return String(v);
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/.test(v)) return `'${v.toUpperCase()}'`; // Microsoft.Data.Sqlite writes GUIDs as upper-case text
  return `'${v.replaceAll("'", "''")}'`;
};

export class Sqlite {
  static open(path) { return new Sqlite(path); }

  constructor(path) {
    this.name = 'SQLite';
    this.shell = spawn('sqlite3', ['-batch', '-json', path], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.buffer = '';
    this.waiting = null;
    this.shell.stdout.setEncoding('utf8').on('data', (chunk) => {
      this.buffer += chunk;
      const end = this.buffer.indexOf(Sqlite.DONE);
      if (end >= 0 && this.waiting) {
        const text = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + Sqlite.DONE.length);
        const resolve = this.waiting;
        this.waiting = null;
        resolve(text);
      }
    });
    this.shell.stdin.write('.timeout 5000\n');
  }

  static DONE = '"__done__"}]';

  /** Runs the statement, then a marker query; resolves with the statement's rows once the marker comes back. */
  query(sql, params = []) {
    const text = sql.replace(/\$(\d+)/g, (_, n) => sqliteValue(params[Number(n) - 1]));
    return new Promise((resolve) => {
      this.waiting = (out) => {
        const json = out.slice(0, out.lastIndexOf('[{"__done__":')).trim();
        resolve(json ? JSON.parse(json) : []);
      };
      this.shell.stdin.write(`${text.trim().replace(/;$/, '')};\nSELECT '__done__' AS __done__;\n`);
    });
  }

  /** Multi-row INSERTs, 500 rows a statement, in one transaction. */
  async insert(history) {
    let sql = 'BEGIN;\n';
    for (const [table, data] of Object.entries(rows(history, new Date()))) {
      for (let i = 0; i < data.length; i += 500) {
        sql += `INSERT INTO ${table} (${TABLES[table].join(', ')}) VALUES ${data.slice(i, i + 500).map((r) => `(${r.map(sqliteValue).join(', ')})`).join(',\n')};\n`;
      }
    }
    sql += 'COMMIT;\nANALYZE';
    await this.query(sql);
  }

  close() { this.shell.stdin.end(); }
}
