// How logging moves through a superset or circuit: one set of each member in turn (a round), then rest.

/** One member of a group, in list order: its working sets logged so far and whether it has a set still to log. */
export interface GroupMember {
  exerciseId: string;
  done: number;
  open: boolean;
}

/**
 * The member whose set comes next: the one furthest behind (fewest sets logged) that still has a set to log, the
 * earlier one on a tie. After a set of A that is B's set of the same round; after the last member, A again.
 */
export function nextMember(members: readonly GroupMember[]): GroupMember | null {
  let best: GroupMember | null = null;
  for (const member of members) {
    if (member.open && (best === null || member.done < best.done)) best = member;
  }
  return best;
}

/**
 * Whether the rest timer starts after a set of `loggedId` (members counted with that set logged): only when the
 * round is over, that is when no other member still has its set of this round to do.
 */
export function restsAfter(members: readonly GroupMember[], loggedId: string): boolean {
  const logged = members.find((m) => m.exerciseId === loggedId);
  const next = nextMember(members);
  return logged === undefined || next === null || next.done >= logged.done;
}
