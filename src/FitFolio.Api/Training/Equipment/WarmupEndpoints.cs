using FitFolio.Api.Account;
using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Workouts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Equipment;

/// <param name="WorkingWeightKg">The first working set's weight; without it, the first working set logged for the exercise in this workout.</param>
public sealed record InsertWarmupsRequest(Guid? ExerciseId, double? WorkingWeightKg);

/// <param name="Items">The exercise's warm-up sets now, lightest first (empty when every step rounded away).</param>
public sealed record WarmupSetsResponse(IReadOnlyList<SetResponse> Items);

public static class WarmupEndpoints
{
    private const double KgPerLb = 0.45359237;

    public static void MapWarmupEndpoints(this RouteGroupBuilder api)
    {
        var workouts = api.MapGroup("/workouts").WithTags("Workouts").RequireAuthorization();
        workouts.MapPost("/{id:guid}/warmups", Insert);
    }

    /// <summary>
    /// Replaces the exercise's warm-up sets in the workout with the account's ramp, computed from the first working set's
    /// weight, in one transaction: a second call gives the same sets again, never a second ramp.
    /// </summary>
    private static async Task<Results<Ok<WarmupSetsResponse>, ValidationProblem, ProblemHttpResult>> Insert(
        Guid id, InsertWarmupsRequest request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var status = await db.Workouts.Where(w => w.Id == id && w.UserId == userId).Select(w => w.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return Problems.NotFound("workout");
        }

        var exercise = request.ExerciseId is { } exerciseId
            ? await db.Exercises.VisibleTo(userId).Where(e => e.Id == exerciseId).Select(e => new { e.Id, e.Name, e.Equipment }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var firstWorking = exercise is null ? null : await db.WorkoutSets.AsNoTracking()
            .Where(s => s.WorkoutId == id && s.ExerciseId == exercise.Id && s.SetType != SetTypes.Warmup)
            .OrderBy(s => s.CompletedAt).FirstOrDefaultAsync(cancellationToken);
        var workingKg = request.WorkingWeightKg ?? firstWorking?.WeightKg;
        var errors = new ValidationErrors();
        errors.Check(exercise is not null, "exerciseId", request.ExerciseId is null ? "Required." : "No such exercise.");
        errors.WeightKg(request.WorkingWeightKg, "workingWeightKg", required: false);
        errors.Check(exercise is null || workingKg is not null, "workingWeightKg", "Enter or log the first working set's weight first.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (status == WorkoutStatus.Abandoned)
        {
            return WorkoutEndpoints.AbandonedConflict();
        }

        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var settings = await EquipmentEndpoints.LoadAsync(db, userId, cancellationToken);
        var chosen = await db.ExerciseBars.Where(c => c.UserId == userId && c.ExerciseId == exercise!.Id).Select(c => c.Bar).SingleOrDefaultAsync(cancellationToken);
        var kit = settings.KitFor(user.Unit);
        var perUnit = user.Unit == WeightUnit.Lb ? KgPerLb : 1;
        var ramp = WarmupRamp.For(Math.Round(workingKg!.Value / perUnit, 2), Bars.WeightOf(chosen ?? Bars.ForEquipment(exercise!.Equipment), kit.Bars),
            kit.Plates, Math.Round(user.EffectivePlateStepKg / perUnit, 2), settings.WarmupRamp);

        await WorkoutEndpoints.ListExerciseAsync(db, id, exercise!.Id, cancellationToken);
        var now = time.GetUtcNow();
        // Just before the first working set, a second apart, so every list sorted by time shows them first and in order.
        var anchor = firstWorking?.CompletedAt ?? now;
        var sets = ramp.Select((w, i) => new WorkoutSet
        {
            Id = Guid.CreateVersion7(now),
            WorkoutId = id,
            UserId = userId,
            ExerciseId = exercise.Id,
            Reps = w.Reps,
            WeightKg = w.Weight * perUnit,
            SetType = SetTypes.Warmup,
            CompletedAt = anchor.AddSeconds(i - ramp.Count),
            CreatedAt = now,
        }).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Waits on the workout row, so two taps at once still leave one ramp.
        await WorkoutQueries.LockAsync(db, id, cancellationToken);
        await db.WorkoutSets.Where(s => s.WorkoutId == id && s.ExerciseId == exercise.Id && s.SetType == SetTypes.Warmup).ExecuteDeleteAsync(cancellationToken);
        db.WorkoutSets.AddRange(sets);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new WarmupSetsResponse([.. sets.Select(s => WorkoutEndpoints.ToResponse(s, exercise.Name))]));
    }
}
