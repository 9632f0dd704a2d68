// Supersets and circuits on an ordered exercise list (a template's or a workout's): each exercise has an optional
// group number, and two or more consecutive exercises with the same number are done in rounds. The server keeps
// the same rules; these let the screens regroup at once, offline too.

export type Groups = readonly (number | null | undefined)[];

/** Groups numbered 1, 2… in list order; a run of one exercise, or a group split apart, loses or splits its group. */
export function normalizeGroups(groups: Groups): (number | null)[] {
  const result: (number | null)[] = groups.map(() => null);
  let next = 1;
  let start = 0;
  while (start < groups.length) {
    const group = groups[start] ?? null;
    let end = start + 1;
    while (group !== null && end < groups.length && groups[end] === group) end++;
    if (group !== null && end - start >= 2) {
      for (let i = start; i < end; i++) result[i] = next;
      next++;
    }
    start = end;
  }
  return result;
}

/** Joins the exercise at `index` with the next one: into its group, or the next one's, or a new pair. */
export function groupWithNext(groups: Groups, index: number): (number | null)[] {
  if (index < 0 || index >= groups.length - 1) return normalizeGroups(groups);
  const current = groups[index] ?? null;
  const following = groups[index + 1] ?? null;
  const group = current ?? following ?? Math.max(0, ...groups.map((g) => g ?? 0)) + 1;
  const result = groups.map((g) => g ?? null);
  // Merging two groups: the next one's members join this one.
  for (let i = index + 1; i < result.length && following !== null && result[i] === following; i++) result[i] = group;
  result[index] = group;
  result[index + 1] = group;
  return normalizeGroups(result);
}

/** Takes the exercise at `index` out of its group (a pair left with one member is no group at all). */
export function ungroup(groups: Groups, index: number): (number | null)[] {
  const result = groups.map((g) => g ?? null);
  const group = result[index];
  if (group == null) return normalizeGroups(result);
  result[index] = null;
  // The members after it become their own group, so the ones before and after are not joined across the gap.
  const fresh = Math.max(0, ...result.map((g) => g ?? 0)) + 1;
  for (let i = index + 1; i < result.length && groups[i] === group; i++) result[i] = fresh;
  return normalizeGroups(result);
}

/** "Superset A" (two exercises) or "Circuit B" (three or more), for each exercise; null when on its own. */
export function groupLabels(groups: Groups): (string | null)[] {
  const normal = normalizeGroups(groups);
  return normal.map((group) => {
    if (group === null) return null;
    const size = normal.filter((g) => g === group).length;
    return `${size === 2 ? 'Superset' : 'Circuit'} ${String.fromCharCode(64 + ((group - 1) % 26) + 1)}`;
  });
}

/** Whether the exercise at `index` is the first of its group (where the group's label and bracket start). */
export function startsGroup(groups: Groups, index: number): boolean {
  const group = groups[index] ?? null;
  return group !== null && (index === 0 || groups[index - 1] !== group);
}
