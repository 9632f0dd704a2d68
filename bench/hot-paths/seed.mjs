// Seeds the hot-path bench through the app itself: USERS lifters signed in by magic link (development outbox), each
// with a completed workout of 30 sets over six exercises (what GET /workouts/{id} reads) and a workout in progress
// with those exercises listed (where the set writes go). Writes one tab-separated line per user for the wrk scripts:
// cookie header, CSRF token, completed workout id, in-progress workout id, exercise ids (comma-separated).
// usage: node bench/hot-paths/seed.mjs URL USERS OUT_FILE [AT_ONCE]   (AT_ONCE users seeded concurrently, default 8)
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { User } from '../client.mjs';

const [base, count, out, atOnce] = [process.argv[2], Number(process.argv[3] ?? 64), process.argv[4], Number(process.argv[5] ?? 8)];
const SETS = 30;

async function seed() {
  const user = new User(base);
  await user.signIn(`hot-${randomUUID().slice(0, 12)}@example.com`);
  const exercises = (await user.call('GET', '/exercises')).items.filter((e) => e.kind === 'weight_reps').slice(0, 6).map((e) => e.id);
  const logged = await user.call('POST', '/workouts', { replace: 'abandon' });
  for (let i = 0; i < SETS; i++) {
    await user.call('PUT', `/workouts/${logged.id}/sets/${randomUUID()}`,
      { exerciseId: exercises[i % exercises.length], reps: 5 + (i % 3), weightKg: 60 + i, setType: i < 3 ? 'warmup' : 'working' });
  }
  await user.call('POST', `/workouts/${logged.id}/complete`);
  const open = await user.call('POST', '/workouts', { replace: 'abandon' });
  for (const exerciseId of exercises) {
    await user.call('PUT', `/workouts/${open.id}/sets/${randomUUID()}`, { exerciseId, reps: 5, weightKg: 60, setType: 'working' });
  }
  const cookie = [...user.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return [cookie, user.csrf, logged.id, open.id, exercises.join(',')].join('\t');
}

const lines = [];
for (let i = 0; i < count; i += atOnce) {
  lines.push(...await Promise.all(Array.from({ length: Math.min(atOnce, count - i) }, seed)));
}
writeFileSync(out, lines.join('\n') + '\n');
