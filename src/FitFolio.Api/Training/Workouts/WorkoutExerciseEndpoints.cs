using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Exercises;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Workouts;

/// <param name="Groups">Each listed exercise's superset or circuit (null: on its own), in the order of exerciseIds; left out, the groups stay
/// as they were for the exercises kept, broken up where the new order splits them.</param>
public sealed record SetWorkoutExercisesRequest(Guid[]? ExerciseIds, int?[]? Groups = null);

/// <summary>An exercise's sets in the latest completed workout before this one; no workout and no sets when never done.</summary>
public sealed record PreviousExercise(Guid ExerciseId, Guid? WorkoutId, DateTimeOffset? PerformedAt, IReadOnlyList<PerformedSet> Sets);

public sealed record PreviousList(IReadOnlyList<PreviousExercise> Items);

/// <summary>A workout's ordered exercise list, and what the lifter did last time for each exercise on it.</summary>
public static class WorkoutExerciseEndpoints
{
    public const int MaxExercises = 100;

    public static RouteGroupBuilder MapWorkoutExerciseEndpoints(this RouteGroupBuilder workouts)
    {
        workouts.MapPut("/{id:guid}/exercises", SetExercises);
        workouts.MapGet("/{id:guid}/previous", GetPrevious);
        return workouts;
    }

    /// <summary>
    /// Replaces the workout's exercise list with the given ids in that order (add, remove and reorder in one idempotent
    /// call), with their supersets and circuits. An exercise that has logged sets cannot be left out: 409 `exercise_has_sets`
    /// names them in `exerciseIds`.
    /// </summary>
    private static async Task<Results<Ok<WorkoutResponse>, ValidationProblem, ProblemHttpResult>> SetExercises(
        Guid id, SetWorkoutExercisesRequest request, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var status = await db.Workouts.Where(w => w.Id == id && w.UserId == userId).Select(w => w.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return Problems.NotFound("workout");
        }

        var wanted = request.ExerciseIds ?? [];
        var visible = await db.Exercises.VisibleTo(userId).Where(e => wanted.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
        var errors = new ValidationErrors();
        errors.Check(request.ExerciseIds is not null, "exerciseIds", "Required.");
        errors.Check(wanted.Length <= MaxExercises, "exerciseIds", $"At most {MaxExercises} exercises.");
        errors.Check(wanted.Distinct().Count() == wanted.Length, "exerciseIds", "List each exercise once.");
        for (var i = 0; i < wanted.Length; i++)
        {
            errors.Check(visible.Contains(wanted[i]), $"exerciseIds[{i}]", "No such exercise.");
        }

        if (request.Groups is { } groups)
        {
            errors.Check(groups.Length == wanted.Length, "groups", "Must have one entry per exercise in exerciseIds.");
            ExerciseGroups.Validate(errors, groups, i => $"groups[{i}]");
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (status == WorkoutStatus.Abandoned)
        {
            return WorkoutEndpoints.AbandonedConflict();
        }

        var logged = await db.WorkoutSets.Where(s => s.WorkoutId == id).Select(s => s.ExerciseId).Distinct().ToListAsync(cancellationToken);
        var dropped = logged.Except(wanted).ToList();
        if (dropped.Count > 0)
        {
            return Problems.Problem(StatusCodes.Status409Conflict, ErrorCodes.ExerciseHasSets, "Exercise has logged sets",
                "Delete an exercise's sets before taking it off the workout.", new Dictionary<string, object?> { ["exerciseIds"] = dropped });
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ReplaceListAsync(db, id, wanted, request.Groups, cancellationToken);
                break;
            }
            catch (DbUpdateException e) when (attempt < 3 && e.IsUniqueViolation())
            {
                db.ChangeTracker.Clear(); // a set logged meanwhile listed one of the exercises first; read the list again
            }
        }
        return TypedResults.Ok((await WorkoutQueries.LoadAsync(db, userId, id, cancellationToken))!);
    }

    /// <summary>
    /// One transaction: the old list and the new one never mix, even for a concurrent reader. Two saves of the list can
    /// race (two devices, or a quick reorder); touching the workout row first makes the later one wait and apply its order last.
    /// </summary>
    private static async Task ReplaceListAsync(FitFolioDbContext db, Guid workoutId, Guid[] wanted, int?[]? groups, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await WorkoutQueries.LockAsync(db, workoutId, cancellationToken);
        var current = await db.WorkoutExercises.Where(e => e.WorkoutId == workoutId).ToListAsync(cancellationToken);
        db.WorkoutExercises.RemoveRange(current.Where(e => !wanted.Contains(e.ExerciseId)));
        var grouped = ExerciseGroups.Normalize(groups ?? [.. wanted.Select(id => current.Find(e => e.ExerciseId == id)?.Group)]);
        for (var position = 0; position < wanted.Length; position++)
        {
            var listed = current.Find(e => e.ExerciseId == wanted[position]);
            if (listed is null)
            {
                db.WorkoutExercises.Add(new WorkoutExercise { WorkoutId = workoutId, ExerciseId = wanted[position], Position = position, Group = grouped[position] });
            }
            else
            {
                listed.Position = position;
                listed.Group = grouped[position];
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// For each exercise on the workout's list, in list order, its sets in the latest completed workout that started before
    /// this one, in the order they were done (warm-ups included, marked by setType). Never done before: an empty list.
    /// </summary>
    private static async Task<Results<Ok<PreviousList>, ProblemHttpResult>> GetPrevious(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var startedAt = await db.Workouts.Where(w => w.Id == id && w.UserId == userId).Select(w => (DateTimeOffset?)w.StartedAt).SingleOrDefaultAsync(cancellationToken);
        if (startedAt is null)
        {
            return Problems.NotFound("workout");
        }

        var exerciseIds = await db.WorkoutExercises.Where(e => e.WorkoutId == id).OrderBy(e => e.Position).Select(e => e.ExerciseId).ToListAsync(cancellationToken);
        var items = new List<PreviousExercise>(exerciseIds.Count);
        foreach (var exerciseId in exerciseIds)
        {
            var last = await WorkoutQueries.LastPerformanceAsync(db, userId, exerciseId, startedAt, cancellationToken);
            items.Add(new PreviousExercise(exerciseId, last?.WorkoutId, last?.PerformedAt, last?.Sets ?? []));
        }

        return TypedResults.Ok(new PreviousList(items));
    }
}
