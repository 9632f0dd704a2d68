namespace FitFolio.Api.Training.Analytics;

/// <summary>
/// Records of timed and distance sets (a plank, a carry), which carry no reps and so are never counting sets: the longest
/// time and the longest distance of one set in a completed workout, warm-ups out; a tie keeps the earlier set.
/// </summary>
public static class EnduranceRecords
{
    /// <summary>The records of an exercise's timed and distance sets of completed workouts, warm-ups out.</summary>
    public static (RecordValue? LongestDuration, RecordValue? LongestDistance) Of(IEnumerable<EnduranceSet> sets)
    {
        var ordered = sets.OrderBy(s => s.StartedAt).ThenBy(s => s.CompletedAt).ThenBy(s => s.Id).ToList();
        var longest = ordered.Where(s => s.DurationSeconds > 0).MaxBy(s => s.DurationSeconds);
        var farthest = ordered.Where(s => s.DistanceM > 0).MaxBy(s => s.DistanceM);
        return (
            longest is null ? null : new RecordValue(longest.DurationSeconds!.Value, longest.Id, longest.WorkoutId, longest.CompletedAt),
            farthest is null ? null : new RecordValue(farthest.DistanceM!.Value, farthest.Id, farthest.WorkoutId, farthest.CompletedAt));
    }
}

public sealed record EnduranceSet(Guid Id, Guid WorkoutId, int? DurationSeconds, double? DistanceM, DateTimeOffset CompletedAt, DateTimeOffset StartedAt);
