// Many users logging workouts against two app instances, the way the SPA does it: sign in by magic link (development
// outbox), then workout after workout: the screens' reads, start, a set per PUT, complete. Prints set writes per second
// and PUT latency p50/p99 per instance and the reads per write the SPA makes; the last line is JSON for load.sh.
// usage: node bench/load.mjs URL_A URL_B USERS SECONDS   → last line: JSON with the figures
import { randomUUID } from 'node:crypto';
import { User } from './client.mjs';

const [urlA, urlB] = [process.argv[2], process.argv[3]];
const users = Number(process.argv[4] ?? 64);
const seconds = Number(process.argv[5] ?? 20);
const SETS_PER_WORKOUT = 18; // 6 exercises × 3 working sets: an evening session

const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;

const population = Array.from({ length: users }, (_, i) => new User(i % 2 === 0 ? urlA : urlB));
const signInStarted = performance.now();
for (let i = 0; i < population.length; i += 16) await Promise.all(population.slice(i, i + 16).map((u) => u.signIn()));
const signInMs = performance.now() - signInStarted;
const exerciseIds = (await population[0].call('GET', '/exercises?pageSize=6')).items.map((e) => e.id);

const stats = new Map([[urlA, { writes: 0, reads: 0, latencies: [], errors: 0 }], [urlB, { writes: 0, reads: 0, latencies: [], errors: 0 }]]);
let running = true;
async function session(user) {
  const s = stats.get(user.base);
  const read = async (path) => { await user.call('GET', path); s.reads++; };
  while (running) {
    try {
      // Opening the app and the workout screen: who am I, the history list, the exercise picker.
      await read('/auth/me');
      await read('/workouts?pageSize=20');
      await read('/exercises?pageSize=50');
      const workout = await user.call('POST', '/workouts', { replace: 'abandon' });
      s.writes++;
      await read(`/workouts/${workout.id}/previous`);
      for (let set = 0; set < SETS_PER_WORKOUT && running; set++) {
        const started = performance.now();
        await user.call('PUT', `/workouts/${workout.id}/sets/${randomUUID()}`,
          { exerciseId: exerciseIds[set % exerciseIds.length], reps: 5, weightKg: 60 + set, setType: 'working' });
        s.latencies.push(performance.now() - started);
        s.writes++;
      }
      await user.call('POST', `/workouts/${workout.id}/complete`);
      s.writes++;
    } catch (error) {
      s.errors++;
      if (s.errors < 5) console.error(String(error));
    }
  }
}

const started = performance.now();
const sessions = population.map(session);
await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
running = false;
await Promise.all(sessions);
const elapsed = (performance.now() - started) / 1000;

const result = { users, seconds: Number(elapsed.toFixed(1)), signInMsPerUser: Number((signInMs / users).toFixed(1)), instances: [] };
for (const [url, s] of stats) {
  const sorted = s.latencies.sort((a, b) => a - b);
  const row = {
    instance: url,
    setWritesPerSecond: Number((sorted.length / elapsed).toFixed(1)),
    writesPerSecond: Number((s.writes / elapsed).toFixed(1)),
    readsPerSecond: Number((s.reads / elapsed).toFixed(1)),
    putSetP50Ms: Number(percentile(sorted, 0.5).toFixed(1)),
    putSetP99Ms: Number(percentile(sorted, 0.99).toFixed(1)),
    errors: s.errors,
  };
  result.instances.push(row);
  console.log(`${url}: ${row.setWritesPerSecond} set writes/s (${row.writesPerSecond} writes/s, ${row.readsPerSecond} reads/s), PUT set p50 ${row.putSetP50Ms} ms, p99 ${row.putSetP99Ms} ms, ${row.errors} errors`);
}
const total = result.instances.reduce((sum, r) => sum + r.setWritesPerSecond, 0);
const writes = result.instances.reduce((sum, r) => sum + r.writesPerSecond, 0);
const reads = result.instances.reduce((sum, r) => sum + r.readsPerSecond, 0);
result.setWritesPerSecond = Number(total.toFixed(1));
result.readsPerWrite = Number((reads / writes).toFixed(3));
result.requests = User.calls; // load.sh divides the instances' CPU time by it
result.setWrites = [...stats.values()].reduce((sum, s) => sum + s.latencies.length, 0);
console.log(`both instances: ${result.setWritesPerSecond} set writes/s; ${result.readsPerWrite} reads per write`);
console.log(JSON.stringify(result));
