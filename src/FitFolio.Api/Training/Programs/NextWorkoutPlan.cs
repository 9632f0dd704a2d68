using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Programs;

/// <summary>The plan a workout started from a template copies in: the template's exercises with their rules applied.</summary>
public static class NextWorkoutPlan
{
    /// <summary>
    /// Runs each exercise's progression rule against the latest completed session from <paramref name="template"/> not yet
    /// applied (a session counts once, however often a workout is started), moves the tracked template's state on, and
    /// returns the plan items with each exercise's last top set. The caller saves template and workout together.
    /// </summary>
    public static async Task<List<WorkoutPlanItem>> BuildAsync(FitFolioDbContext db, WorkoutTemplate template, Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var session = await LatestUnappliedSessionAsync(db, template, userId, cancellationToken);
        if (session is not null)
        {
            template.ProgressedThrough = session.Value.StartedAt;
        }

        var items = new List<WorkoutPlanItem>();
        foreach (var planned in template.Exercises.OrderBy(e => e.Position))
        {
            var done = session?.Sets.Where(s => s.ExerciseId == planned.ExerciseId).Select(s => new DoneSet(s.Reps, s.WeightKg)).ToList();
            var targets = Progression.Apply(planned, done, user.Unit, user.EffectivePlateStepKg);
            var last = await WorkoutQueries.LastTopSetAsync(db, userId, planned.ExerciseId, cancellationToken);
            items.Add(new WorkoutPlanItem
            {
                ExerciseId = planned.ExerciseId,
                Position = planned.Position,
                Sets = targets.Sets,
                RepsMin = targets.RepsMin,
                RepsMax = targets.RepsMax,
                RestSeconds = planned.RestSeconds,
                TargetRpe = planned.TargetRpe,
                TargetWeightKg = targets.TargetWeightKg,
                Notes = planned.Notes,
                LastPerformedAt = last?.PerformedAt,
                LastWeightKg = last?.WeightKg,
                LastReps = last?.Reps,
                TargetReps = targets.TargetReps,
                SetWeightsKg = targets.SetWeightsKg,
                SetReps = targets.SetReps,
                LastSetAmrap = targets.LastSetAmrap,
                ProgressionReason = targets.Reason,
            });
        }

        return items;
    }

    private static async Task<(DateTimeOffset StartedAt, List<WorkoutSet> Sets)?> LatestUnappliedSessionAsync(
        FitFolioDbContext db, WorkoutTemplate template, Guid userId, CancellationToken cancellationToken)
    {
        if (template.Exercises.All(e => e.Progression is null))
        {
            return null;
        }

        var sessions = db.Workouts.AsNoTracking()
            .Where(w => w.UserId == userId && w.TemplateId == template.Id && w.Status == WorkoutStatus.Completed);
        if (template.ProgressedThrough is { } through)
        {
            sessions = sessions.Where(w => w.StartedAt > through);
        }

        var latest = await sessions.OrderByDescending(w => w.StartedAt).ThenByDescending(w => w.Id)
            .Select(w => new { w.Id, w.StartedAt }).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }

        var sets = await db.WorkoutSets.AsNoTracking().Where(s => s.WorkoutId == latest.Id && WorkingSets.Types.Contains(s.SetType))
            .OrderBy(s => s.CompletedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return (latest.StartedAt, sets);
    }
}

/// <summary>The sets that count as work for templates and progression: not warm-ups, not drop sets tacked on.</summary>
public static class WorkingSets
{
    public static readonly string[] Types = [SetTypes.Working, SetTypes.Failure];
}
