using FitFolio.Api.Infrastructure.Errors;

namespace FitFolio.Api.Training.Workouts;

/// <summary>
/// Supersets and circuits on an ordered exercise list (a template's or a workout's): each exercise carries an optional group
/// number, and two or more consecutive exercises with the same number are done in rounds, one set of each in turn.
/// Two make a superset, three or more a circuit.
/// </summary>
public static class ExerciseGroups
{
    public const int MaxGroup = 100;

    /// <summary>Refuses a group of one exercise and a group whose members are not next to each other, naming the member's field.</summary>
    public static void Validate(ValidationErrors errors, IReadOnlyList<int?> groups, Func<int, string> field)
    {
        var closed = new HashSet<int>();
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i] is not { } group)
            {
                continue;
            }

            if (group is < 1 or > MaxGroup)
            {
                errors.Add(field(i), $"Must be from 1 to {MaxGroup}.");
                continue;
            }

            var continues = i > 0 && groups[i - 1] == group;
            if (!continues && closed.Contains(group))
            {
                errors.Add(field(i), "A group's exercises must be next to each other.");
            }

            var alone = !continues && (i + 1 >= groups.Count || groups[i + 1] != group);
            errors.Check(!alone, field(i), "A group needs at least two exercises.");
            closed.Add(group);
        }
    }

    /// <summary>
    /// The same grouping numbered 1, 2, 3… in list order, each run of consecutive equal numbers its own group and a run of one
    /// left ungrouped: repairs a list that lost members (an exercise taken off, a duplicate merged) without guessing.
    /// </summary>
    public static int?[] Normalize(IReadOnlyList<int?> groups)
    {
        var result = new int?[groups.Count];
        var next = 1;
        var start = 0;
        while (start < groups.Count)
        {
            var end = start + 1;
            while (end < groups.Count && groups[start] is not null && groups[end] == groups[start])
            {
                end++;
            }

            if (groups[start] is not null && end - start >= 2)
            {
                for (var i = start; i < end; i++)
                {
                    result[i] = next;
                }

                next++;
            }

            start = end;
        }

        return result;
    }
}
