// A lifter's training history, made up but shaped like a real one and the same on every run (seeded random numbers):
// programs one after another, each a rotation of day templates; per workout several exercises with warm-ups ramping up
// to working sets near the lifter's current strength, which grows with noise, deloads and stalls; RPE on about half the
// sets; a few bodyweight and drop sets; a few abandoned workouts; daily metrics (body weight, sleep, energy) most days.
import { createHash } from 'node:crypto';

const DAY_MS = 86_400_000;

/** Small, fast, seeded PRNG (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4-shaped UUID derived from a name, so reruns make the same ids. */
function uuid(name) {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * @param {object} o
 * @param {string} o.userId
 * @param {{ id: string, bodyweight: boolean }[]} o.exercises  about 40
 * @param {number} o.sets      total sets to make (warm-ups included)
 * @param {number} o.workouts  sessions over the span
 * @param {Date} o.end         the day of the last workout (UTC midnight); the span is five years before it
 * @param {number} o.utcOffsetHours  the lifter's usual offset, so sessions fall in the evening locally
 */
export function makeHistory({ userId, exercises, sets, workouts, end, utcOffsetHours }) {
  const rnd = random(20261130);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const spanDays = 5 * 365;
  const start = end.getTime() - spanDays * DAY_MS;
  const setsPerWorkout = sets / workouts;
  const exercisesPerWorkout = Math.max(3, Math.min(9, Math.round(setsPerWorkout / 11)));
  const setsPerExercise = setsPerWorkout / exercisesPerWorkout;

  // Four programs back to back, each with three or four day templates drawing on the exercise pool.
  const programs = [];
  const templates = [];
  for (let p = 0; p < 4; p++) {
    const program = { id: uuid(`program ${p}`), name: ['Starting strength', 'Upper/lower', 'Push/pull/legs', '5/3/1 BBB'][p] };
    programs.push(program);
    const days = p === 2 ? 3 : 4;
    for (let d = 0; d < days; d++) {
      const chosen = [...exercises].sort(() => rnd() - 0.5).slice(0, exercisesPerWorkout);
      templates.push({ id: uuid(`template ${p} ${d}`), programId: program.id, name: `Day ${String.fromCharCode(65 + d)}`, position: d, program: p, exercises: chosen });
    }
  }

  const strength = new Map(exercises.map((e) => [e.id, e.bodyweight ? 0 : 40 + rnd() * 100])); // kg, 1RM
  const out = { programs, templates, workouts: [], sets: [], metrics: [] };
  let setCount = 0;
  for (let w = 0; w < workouts; w++) {
    const day = Math.floor((w * spanDays) / workouts);
    const program = Math.min(3, Math.floor((4 * w) / workouts));
    const programTemplates = templates.filter((t) => t.program === program);
    const template = programTemplates[w % programTemplates.length];
    const startedAt = new Date(start + day * DAY_MS + (18 - utcOffsetHours) * 3_600_000 + Math.floor(rnd() * 90) * 60_000);
    const status = rnd() < 0.03 ? 'abandoned' : 'completed';
    const workout = { id: uuid(`workout ${w}`), userId, status, startedAt, completedAt: status === 'completed' ? new Date(startedAt.getTime() + 95 * 60_000) : null, templateId: template.id, templateName: template.name };
    out.workouts.push(workout);
    const deload = w % 40 >= 36;
    let minute = 0;
    // Spread the remainder so the total lands on `sets`.
    const target = Math.round(((w + 1) * sets) / workouts) - setCount;
    const perExercise = Array.from({ length: template.exercises.length }, (_, i) => Math.floor((target * (i + 1)) / template.exercises.length) - Math.floor((target * i) / template.exercises.length));
    template.exercises.forEach((exercise, i) => {
      const n = perExercise[i];
      const oneRm = strength.get(exercise.id);
      const warmups = exercise.bodyweight ? 0 : Math.min(4, Math.max(1, Math.round(n * 0.3)));
      const reps = pick([1, 2, 3, 3, 5, 5, 5, 6, 8, 8, 10, 12, 15]);
      for (let k = 0; k < n; k++) {
        minute += 2 + Math.floor(rnd() * 3);
        const at = new Date(startedAt.getTime() + minute * 60_000 + k * 1000);
        const warmup = k < warmups;
        let r;
        let weight;
        if (exercise.bodyweight) {
          r = Math.max(1, Math.round(6 + oneRm / 5 + rnd() * 6));
          weight = rnd() < 0.2 ? 10 : 0; // now and then with a plate on a belt
        } else if (warmup) {
          r = 5;
          weight = Math.round((oneRm * (0.4 + (0.4 * k) / warmups)) / 2.5) * 2.5;
        } else {
          r = Math.max(1, reps + (rnd() < 0.2 ? -1 : 0));
          const pct = 1 / (1 + r / 30) * (deload ? 0.8 : 0.92 + rnd() * 0.08);
          weight = Math.max(2.5, Math.round((oneRm * pct) / 2.5) * 2.5);
        }
        const setType = warmup ? 'warmup' : k === n - 1 && rnd() < 0.1 ? 'drop' : 'working';
        out.sets.push({
          id: uuid(`set ${w} ${i} ${k}`), workoutId: workout.id, userId, exerciseId: exercise.id, reps: r, weightKg: weight,
          rpe: !warmup && rnd() < 0.5 ? 6 + Math.round(rnd() * 8) / 2 : null, setType, completedAt: at, createdAt: at,
        });
      }
      setCount += n;
      // Slow gains, faster early on, with stalls: the trends and plateaus insights have something to find.
      const gain = rnd() < 0.3 ? 0 : (0.4 * (1 - w / workouts) + 0.05) * (rnd() - 0.2);
      strength.set(exercise.id, exercise.bodyweight ? oneRm + rnd() * 0.05 : oneRm * (1 + gain / 100));
    });
  }

  let weight = 82;
  for (let d = 0; d <= spanDays; d++) {
    weight += (rnd() - 0.5) * 0.3;
    if (rnd() < 0.15) continue; // not every day is logged
    const date = new Date(start + d * DAY_MS).toISOString().slice(0, 10);
    out.metrics.push({
      userId, date, bodyWeightKg: Math.round(weight * 10) / 10, bodyFatPercent: d % 7 === 0 ? Math.round((15 + rnd() * 4) * 10) / 10 : null,
      sleepHours: Math.round((5.5 + rnd() * 3.5) * 4) / 4, sleepQuality: 1 + Math.floor(rnd() * 5), energy: 1 + Math.floor(rnd() * 5),
      notes: rnd() < 0.05 ? 'Slept badly' : null, updatedAt: new Date(start + d * DAY_MS + 8 * 3_600_000),
    });
  }

  return out;
}
