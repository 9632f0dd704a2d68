using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Http;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Workouts;

public sealed record LastSet(DateTimeOffset PerformedAt, double WeightKg, int Reps);

public sealed record PlanItemResponse(
    Guid ExerciseId, string ExerciseName, int Sets, int RepsMin, int RepsMax, int RestSeconds, double? TargetRpe, double? TargetWeightKg,
    string? Notes, LastSet? Last);

public sealed record SetResponse(
    Guid Id, Guid ExerciseId, string ExerciseName, int Reps, double WeightKg, double? Rpe, string SetType, string? Notes, DateTimeOffset CompletedAt);

public sealed record WorkoutResponse(
    Guid Id, string Status, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, string? Notes, Guid? TemplateId, string? TemplateName,
    IReadOnlyList<PlanItemResponse> Plan, IReadOnlyList<SetResponse> Sets);

public sealed record WorkoutListItem(
    Guid Id, string Status, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, string? TemplateName, int SetCount, double TotalVolumeKg);

public sealed record WorkoutPage(IReadOnlyList<WorkoutListItem> Items, int Page, int PageSize, int Total);

public sealed record WorkoutSummary(long DurationSeconds, int SetCount, double TotalVolumeKg);

public sealed record CompletedWorkout(Guid Id, string Status, DateTimeOffset? CompletedAt, WorkoutSummary Summary);

public sealed record AbandonedWorkout(Guid Id, string Status);

public sealed record StartWorkoutRequest(Guid? TemplateId);

public sealed record UpdateWorkoutRequest(string? Notes, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt);

public sealed record PutSetRequest(Guid? ExerciseId, int? Reps, double? WeightKg, double? Rpe, string? SetType, string? Notes, DateTimeOffset? CompletedAt);

public static class WorkoutEndpoints
{
    private const int InsertAttempts = 3;

    public static RouteGroupBuilder MapWorkoutEndpoints(this RouteGroupBuilder api)
    {
        var workouts = api.MapGroup("/workouts").WithTags("Workouts").RequireAuthorization();
        workouts.MapPost("/", Start);
        workouts.MapGet("/", List);
        workouts.MapGet("/{id:guid}", Get);
        workouts.MapPatch("/{id:guid}", Update);
        workouts.MapPost("/{id:guid}/complete", Complete);
        workouts.MapPost("/{id:guid}/abandon", Abandon);
        workouts.MapPut("/{id:guid}/sets/{setId:guid}", PutSet);
        workouts.MapDelete("/{id:guid}/sets/{setId:guid}", DeleteSet);
        return workouts;
    }

    /// <summary>Starts a workout, empty or with the plan of a template copied in (with each exercise's last top set).</summary>
    private static async Task<Results<Created<WorkoutResponse>, ProblemHttpResult>> Start(
        [FromBody] StartWorkoutRequest? request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var now = time.GetUtcNow();
        var workout = new Workout { UserId = userId, StartedAt = now };
        if (request?.TemplateId is { } templateId)
        {
            var template = await db.Templates.AsNoTracking().Include(t => t.Exercises)
                .SingleOrDefaultAsync(t => t.Id == templateId && t.Program!.UserId == userId, cancellationToken);
            if (template is null)
            {
                return Problems.NotFound("template");
            }

            workout.TemplateId = template.Id;
            workout.TemplateName = template.Name;
            foreach (var planned in template.Exercises.OrderBy(e => e.Position))
            {
                var last = await LastTopSetAsync(db, userId, planned.ExerciseId, cancellationToken);
                workout.Plan.Add(new WorkoutPlanItem
                {
                    ExerciseId = planned.ExerciseId,
                    Position = planned.Position,
                    Sets = planned.Sets,
                    RepsMin = planned.RepsMin,
                    RepsMax = planned.RepsMax,
                    RestSeconds = planned.RestSeconds,
                    TargetRpe = planned.TargetRpe,
                    TargetWeightKg = planned.TargetWeightKg,
                    Notes = planned.Notes,
                    LastPerformedAt = last?.PerformedAt,
                    LastWeightKg = last?.WeightKg,
                    LastReps = last?.Reps,
                });
            }
        }

        db.Workouts.Add(workout);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/workouts/{workout.Id}", await LoadAsync(db, userId, workout.Id, cancellationToken));
    }

    private static async Task<Results<Ok<WorkoutPage>, ValidationProblem>> List(
        HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken,
        DateTimeOffset? from = null, DateTimeOffset? to = null, string? status = null, int page = 1, int pageSize = 20)
    {
        var errors = new ValidationErrors();
        errors.Check(status is null || WorkoutStatus.All.Contains(status), "status", $"Must be one of: {string.Join(", ", WorkoutStatus.All)}.");
        var paging = new Paging(page, pageSize);
        paging.Validate(errors);
        errors.Check(from is null || to is null || from <= to, "to", "Must not be before from.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var userId = context.User.GetUserId();
        var query = db.Workouts.AsNoTracking().Where(w => w.UserId == userId);
        if (from is not null)
        {
            var since = from.Value.ToUniversalTime();
            query = query.Where(w => w.StartedAt >= since);
        }

        if (to is not null)
        {
            var until = to.Value.ToUniversalTime();
            query = query.Where(w => w.StartedAt <= until);
        }

        if (status is not null)
        {
            query = query.Where(w => w.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await paging.Of(query.OrderByDescending(w => w.StartedAt).ThenByDescending(w => w.Id))
            .Select(w => new WorkoutListItem(w.Id, w.Status, w.StartedAt, w.CompletedAt, w.TemplateName, w.Sets.Count,
                w.Sets.Where(s => s.SetType != SetTypes.Warmup).Sum(s => s.Reps * s.WeightKg)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new WorkoutPage(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<WorkoutResponse>, ProblemHttpResult>> Get(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var workout = await LoadAsync(db, context.User.GetUserId(), id, cancellationToken);
        return workout is null ? Problems.NotFound("workout") : TypedResults.Ok(workout);
    }

    /// <summary>Notes and times, also of past workouts; an end time belongs to a completed workout only.</summary>
    private static async Task<Results<Ok<WorkoutResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateWorkoutRequest request, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var workout = await db.Workouts.SingleOrDefaultAsync(w => w.Id == id && w.UserId == userId, cancellationToken);
        if (workout is null)
        {
            return Problems.NotFound("workout");
        }

        var startedAt = request.StartedAt?.ToUniversalTime() ?? workout.StartedAt;
        var completedAt = request.CompletedAt?.ToUniversalTime() ?? workout.CompletedAt;
        var errors = new ValidationErrors();
        errors.Text(request.Notes, "notes", 2000);
        errors.Check(request.CompletedAt is null || workout.Status == WorkoutStatus.Completed, "completedAt", "Only a completed workout has an end time; complete it first.");
        errors.Check(completedAt is null || completedAt >= startedAt, request.CompletedAt is null ? "startedAt" : "completedAt", "The end must not be before the start.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        workout.Notes = request.Notes is null ? workout.Notes : (string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim());
        workout.StartedAt = startedAt;
        workout.CompletedAt = completedAt;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok((await LoadAsync(db, userId, id, cancellationToken))!);
    }

    private static async Task<Results<Ok<CompletedWorkout>, ProblemHttpResult>> Complete(
        Guid id, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var workout = await db.Workouts.SingleOrDefaultAsync(w => w.Id == id && w.UserId == userId, cancellationToken);
        if (workout is null)
        {
            return Problems.NotFound("workout");
        }

        if (!workout.Complete(time.GetUtcNow()))
        {
            return Problems.Conflict("Workout already ended", $"This workout is {workout.Status}.");
        }

        await db.SaveChangesAsync(cancellationToken);
        var sets = await db.WorkoutSets.Where(s => s.WorkoutId == id).Select(s => new { s.Reps, s.WeightKg, s.SetType }).ToListAsync(cancellationToken);
        var summary = new WorkoutSummary(
            (long)(workout.CompletedAt!.Value - workout.StartedAt).TotalSeconds,
            sets.Count,
            sets.Where(s => s.SetType != SetTypes.Warmup).Sum(s => s.Reps * s.WeightKg));
        return TypedResults.Ok(new CompletedWorkout(workout.Id, workout.Status, workout.CompletedAt, summary));
    }

    private static async Task<Results<Ok<AbandonedWorkout>, ProblemHttpResult>> Abandon(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var workout = await db.Workouts.SingleOrDefaultAsync(w => w.Id == id && w.UserId == userId, cancellationToken);
        if (workout is null)
        {
            return Problems.NotFound("workout");
        }

        if (!workout.Abandon())
        {
            return Problems.Conflict("Workout already completed", "A completed workout cannot be abandoned.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new AbandonedWorkout(workout.Id, workout.Status));
    }

    /// <summary>
    /// Writes the set with the client's id: 201 the first time, 200 after. Retries and concurrent duplicates never make a
    /// second row — the primary key refuses it, and the loser of the race retries as an update.
    /// </summary>
    private static async Task<Results<Created<SetResponse>, Ok<SetResponse>, ValidationProblem, ProblemHttpResult>> PutSet(
        Guid id, Guid setId, PutSetRequest request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var status = await db.Workouts.Where(w => w.Id == id && w.UserId == userId).Select(w => w.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return Problems.NotFound("workout");
        }

        var exerciseName = request.ExerciseId is { } exerciseId
            ? await db.Exercises.Where(e => e.Id == exerciseId && (e.UserId == null || e.UserId == userId)).Select(e => e.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var errors = new ValidationErrors();
        errors.Check(exerciseName is not null, "exerciseId", request.ExerciseId is null ? "Required." : "No such exercise.");
        errors.Reps(request.Reps, "reps");
        errors.WeightKg(request.WeightKg, "weightKg", required: true);
        errors.Rpe(request.Rpe, "rpe");
        errors.Check(request.SetType is null || SetTypes.All.Contains(request.SetType), "setType", $"Must be one of: {string.Join(", ", SetTypes.All)}.");
        errors.Text(request.Notes, "notes", 500);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (status == WorkoutStatus.Abandoned)
        {
            return AbandonedConflict();
        }

        var now = time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.WorkoutSets.SingleOrDefaultAsync(s => s.Id == setId, cancellationToken);
            if (existing is not null)
            {
                if (existing.WorkoutId != id || existing.UserId != userId)
                {
                    return Problems.NotFound("set");
                }

                Apply(existing, request, request.CompletedAt?.ToUniversalTime() ?? existing.CompletedAt);
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Ok(ToResponse(existing, exerciseName!));
            }

            var set = new WorkoutSet { Id = setId, WorkoutId = id, UserId = userId, CreatedAt = now };
            Apply(set, request, request.CompletedAt?.ToUniversalTime() ?? now);
            db.WorkoutSets.Add(set);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Created($"/api/v1/workouts/{id}/sets/{setId}", ToResponse(set, exerciseName!));
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation() && attempt < InsertAttempts)
            {
                db.ChangeTracker.Clear(); // someone else inserted it first: read it back and replace it
            }
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteSet(
        Guid id, Guid setId, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var status = await db.Workouts.Where(w => w.Id == id && w.UserId == userId).Select(w => w.Status).SingleOrDefaultAsync(cancellationToken);
        var set = status is null ? null : await db.WorkoutSets.SingleOrDefaultAsync(s => s.Id == setId && s.WorkoutId == id && s.UserId == userId, cancellationToken);
        if (set is null)
        {
            return Problems.NotFound(status is null ? "workout" : "set");
        }

        if (status == WorkoutStatus.Abandoned)
        {
            return AbandonedConflict();
        }

        db.WorkoutSets.Remove(set);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult AbandonedConflict() =>
        Problems.Conflict("Workout abandoned", "Sets of an abandoned workout cannot be changed.");

    private static void Apply(WorkoutSet set, PutSetRequest request, DateTimeOffset completedAt)
    {
        set.ExerciseId = request.ExerciseId!.Value;
        set.Reps = request.Reps!.Value;
        set.WeightKg = request.WeightKg!.Value;
        set.Rpe = request.Rpe;
        set.SetType = request.SetType ?? SetTypes.Working;
        set.Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        set.CompletedAt = completedAt;
    }

    private static SetResponse ToResponse(WorkoutSet s, string exerciseName) =>
        new(s.Id, s.ExerciseId, exerciseName, s.Reps, s.WeightKg, s.Rpe, s.SetType, s.Notes, s.CompletedAt);

    /// <summary>The heaviest non-warm-up set (then most reps) in the latest completed workout that has one: "last: 100 kg × 5".</summary>
    private static async Task<LastSet?> LastTopSetAsync(FitFolioDbContext db, Guid userId, Guid exerciseId, CancellationToken cancellationToken)
    {
        var workout = await db.Workouts
            .Where(w => w.UserId == userId && w.Status == WorkoutStatus.Completed && w.Sets.Any(s => s.ExerciseId == exerciseId && s.SetType != SetTypes.Warmup))
            .OrderByDescending(w => w.StartedAt).ThenByDescending(w => w.Id)
            .Select(w => new { w.Id, w.StartedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (workout is null)
        {
            return null;
        }

        var top = await db.WorkoutSets
            .Where(s => s.WorkoutId == workout.Id && s.ExerciseId == exerciseId && s.SetType != SetTypes.Warmup)
            .OrderByDescending(s => s.WeightKg).ThenByDescending(s => s.Reps)
            .Select(s => new { s.WeightKg, s.Reps })
            .FirstAsync(cancellationToken);
        return new LastSet(workout.StartedAt, top.WeightKg, top.Reps);
    }

    private static async Task<WorkoutResponse?> LoadAsync(FitFolioDbContext db, Guid userId, Guid id, CancellationToken cancellationToken)
    {
        var workout = await db.Workouts.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id && w.UserId == userId, cancellationToken);
        if (workout is null)
        {
            return null;
        }

        var plan = await db.WorkoutPlanItems.AsNoTracking().Where(p => p.WorkoutId == id).OrderBy(p => p.Position)
            .Select(p => new { Item = p, ExerciseName = p.Exercise!.Name })
            .ToListAsync(cancellationToken);
        var sets = await db.WorkoutSets.AsNoTracking().Where(s => s.WorkoutId == id)
            .OrderBy(s => s.CompletedAt).ThenBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => new SetResponse(s.Id, s.ExerciseId, s.Exercise!.Name, s.Reps, s.WeightKg, s.Rpe, s.SetType, s.Notes, s.CompletedAt))
            .ToListAsync(cancellationToken);
        return new WorkoutResponse(workout.Id, workout.Status, workout.StartedAt, workout.CompletedAt, workout.Notes, workout.TemplateId, workout.TemplateName,
            [.. plan.Select(p => new PlanItemResponse(p.Item.ExerciseId, p.ExerciseName, p.Item.Sets, p.Item.RepsMin, p.Item.RepsMax, p.Item.RestSeconds,
                p.Item.TargetRpe, p.Item.TargetWeightKg, p.Item.Notes,
                p.Item.LastPerformedAt is { } at ? new LastSet(at, p.Item.LastWeightKg ?? 0, p.Item.LastReps ?? 0) : null))],
            sets);
    }
}
