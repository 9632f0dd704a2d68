// The exercise search with no signal, on the device's copy of the list: the server's rules for names (each word
// of the search starts a word of the name, in any order, or the words run together, "pullup" = Pull-Up), ranked
// names-that-start-so first. Aliases and abbreviations ("db") are the server's alone: offline, names only.
import type { Exercise, ExerciseFilters } from '../api/types';

function fold(text: string): string {
  return text.trim().normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC').toLowerCase();
}

function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** 0 exact, 1 the name starts so, 2 any other match; null when the name does not match. */
function rank(name: string, query: string[]): number | null {
  const nameWords = words(name);
  const joined = nameWords.join('');
  const queryJoined = query.join('');
  if (joined === queryJoined) return 0;
  const everyWord = query.every((q) => nameWords.some((w) => w.startsWith(q)));
  const runTogether = nameWords.some((_, i) => nameWords.slice(i).join('').startsWith(queryJoined));
  if (!everyWord && !runTogether) return null;
  return joined.startsWith(queryJoined) || nameWords[0]?.startsWith(query[0] ?? '') ? 1 : 2;
}

export function searchExercisesOffline(exercises: readonly Exercise[], filters: ExerciseFilters): Exercise[] {
  const query = words(filters.search ?? '');
  const byName = (a: Exercise, b: Exercise) => fold(a.name).localeCompare(fold(b.name));
  const matching = exercises
    .filter((e) => filters.includeArchived || !e.isArchived)
    .filter((e) => !filters.muscle || e.primaryMuscles.includes(filters.muscle) || e.secondaryMuscles.includes(filters.muscle))
    .filter((e) => !filters.equipment || e.equipment === filters.equipment);
  if (query.length === 0) return matching.sort(byName);
  return matching
    .map((exercise) => ({ exercise, rank: rank(exercise.name, query) }))
    .filter((r): r is { exercise: Exercise; rank: number } => r.rank !== null)
    .sort((a, b) => a.rank - b.rank || byName(a.exercise, b.exercise))
    .map((r) => r.exercise);
}
