using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Analytics;

/// <summary>
/// Records of timed and distance sets (a plank, a carry), which carry no reps and so are never counting sets: the longest
/// time and the longest distance of one set in a completed workout, warm-ups out; a tie keeps the earlier set.
/// </summary>
public static class EnduranceRecords
{
    public static async Task<(RecordValue? LongestDuration, RecordValue? LongestDistance)> LoadAsync(
        FitFolioDbContext db, Guid userId, Guid exerciseId, CancellationToken cancellationToken)
    {
        var sets = await db.WorkoutSets.AsNoTracking()
            .Where(s => s.UserId == userId && s.ExerciseId == exerciseId && (s.DurationSeconds != null || s.DistanceM != null))
            .Where(WorkoutVolume.Counts)
            .Join(db.Workouts.Where(w => w.Status == WorkoutStatus.Completed), s => s.WorkoutId, w => w.Id,
                (s, w) => new { s.Id, s.WorkoutId, s.DurationSeconds, s.DistanceM, s.CompletedAt, w.StartedAt })
            .ToListAsync(cancellationToken);
        var ordered = sets.OrderBy(s => s.StartedAt).ThenBy(s => s.CompletedAt).ThenBy(s => s.Id).ToList();
        var longest = ordered.Where(s => s.DurationSeconds > 0).MaxBy(s => s.DurationSeconds);
        var farthest = ordered.Where(s => s.DistanceM > 0).MaxBy(s => s.DistanceM);
        return (
            longest is null ? null : new RecordValue(longest.DurationSeconds!.Value, longest.Id, longest.WorkoutId, longest.CompletedAt),
            farthest is null ? null : new RecordValue(farthest.DistanceM!.Value, farthest.Id, farthest.WorkoutId, farthest.CompletedAt));
    }
}
