using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Http;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Analytics;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Programs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Workouts;

public sealed record LastSet(DateTimeOffset PerformedAt, double WeightKg, int Reps);

/// <param name="TargetReps">The rep goal of every set when the exercise's progression rule sets one (double progression).</param>
/// <param name="SetWeightsKg">Each set's weight when the sets differ (a percentage-of-training-max week); null when alike.</param>
/// <param name="SetReps">Each set's reps, alongside <paramref name="SetWeightsKg"/>.</param>
/// <param name="LastSetAmrap">The last set is as many reps as possible.</param>
/// <param name="ProgressionReason">Why the rule set these targets: "+2.5 kg: all sets hit 8".</param>
public sealed record PlanItemResponse(
    Guid ExerciseId, string ExerciseName, int Sets, int RepsMin, int RepsMax, int RestSeconds, double? TargetRpe, double? TargetWeightKg,
    string? Notes, LastSet? Last, int? TargetReps, IReadOnlyList<double>? SetWeightsKg, IReadOnlyList<int>? SetReps, bool LastSetAmrap,
    string? ProgressionReason);

/// <param name="Kind">What a set of it measures, so the log shows the right inputs (weight_reps, bodyweight_reps, time, distance_time, weight_distance).</param>
/// <param name="Group">The superset or circuit it belongs to, numbered 1, 2… in list order; null when done on its own.</param>
public sealed record WorkoutExerciseResponse(Guid ExerciseId, string ExerciseName, string Equipment, string Kind, int? Group = null);

/// <param name="DurationSeconds">Time under the set (a plank, a run), where the source recorded one, e.g. an import.</param>
/// <param name="DistanceM">Distance in metres (a carry, a row), where the source recorded one.</param>
/// <param name="Version">Changes whenever the set does: sent back as a PUT's baseVersion to learn of edits made elsewhere.</param>
public record SetResponse(
    Guid Id, Guid ExerciseId, string ExerciseName, int Reps, double WeightKg, double? Rpe, string SetType, string? Notes, DateTimeOffset CompletedAt,
    int? DurationSeconds, double? DistanceM, string Version);

/// <summary>The set as stored by a PUT, and whether the PUT replaced an edit made elsewhere since the client's baseVersion.</summary>
public sealed record PutSetResponse : SetResponse
{
    public PutSetResponse(SetResponse set, bool replacedNewerEdit)
        : base(set) => ReplacedNewerEdit = replacedNewerEdit;

    /// <summary>True when the set had changed since the version the client last saw (another device's edit): this PUT won.</summary>
    public bool ReplacedNewerEdit { get; init; }
}

/// <param name="TotalVolumeKg">Weight × reps over the sets, warm-ups excluded: the same number as the summary and the list.</param>
public sealed record WorkoutResponse(
    Guid Id, string Status, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, string? Notes, Guid? TemplateId, string? TemplateName,
    IReadOnlyList<WorkoutExerciseResponse> Exercises, IReadOnlyList<PlanItemResponse> Plan, IReadOnlyList<SetResponse> Sets, double TotalVolumeKg);

public sealed record WorkoutListItem(
    Guid Id, string Status, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, string? TemplateName, int SetCount, double TotalVolumeKg);

public sealed record WorkoutPage(IReadOnlyList<WorkoutListItem> Items, int Page, int PageSize, int Total);

/// <param name="Prs">The personal records set in this workout, as the PR feed lists them.</param>
public sealed record WorkoutSummary(long DurationSeconds, int SetCount, double TotalVolumeKg, IReadOnlyList<PersonalRecord> Prs);

/// <summary>Status "completed" with a summary, or "discarded" (no set was logged, so the workout was deleted) with a null summary.</summary>
public sealed record CompletedWorkout(Guid Id, string Status, DateTimeOffset? CompletedAt, WorkoutSummary? Summary);

public sealed record AbandonedWorkout(Guid Id, string Status);

/// <param name="Replace">What to do with a workout still in progress: "abandon" or "complete"; without it, an open workout is a 409.</param>
/// <param name="Id">Made by the client (a workout started offline); the same id again answers with the workout it started.</param>
public sealed record StartWorkoutRequest(Guid? TemplateId, string? Replace, Guid? Id = null);

public sealed record UpdateSetRequest(string? Notes);

public sealed record UpdateWorkoutRequest(string? Notes, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt);

/// <param name="Reps">Required for rep kinds, refused for the others; which fields apply depends on the exercise's kind.</param>
/// <param name="DurationSeconds">Required for time kinds (a plank); optional for distance kinds.</param>
/// <param name="DistanceM">Metres: required for weight_distance, one of distance and time for distance_time.</param>
/// <param name="BaseVersion">The set's version as the client last saw it (none for a new set): tells whether this PUT replaces another device's edit.</param>
public sealed record PutSetRequest(
    Guid? ExerciseId, int? Reps, double? WeightKg, double? Rpe, string? SetType, string? Notes, DateTimeOffset? CompletedAt,
    int? DurationSeconds = null, double? DistanceM = null, string? BaseVersion = null);

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
        workouts.MapDelete("/{id:guid}", Delete);
        workouts.MapPut("/{id:guid}/sets/{setId:guid}", PutSet);
        workouts.MapPatch("/{id:guid}/sets/{setId:guid}", UpdateSet);
        workouts.MapDelete("/{id:guid}/sets/{setId:guid}", DeleteSet);
        workouts.MapWorkoutExerciseEndpoints();
        workouts.MapTemplateUpdateEndpoints();
        return workouts;
    }

    /// <summary>
    /// Starts a workout, empty or with the plan of a template copied in (its progression rules applied, with each exercise's
    /// last top set). A user has at most one workout in progress: another open one is a 409 `workout_in_progress` naming it
    /// (`workoutId`), unless the request says to abandon or complete it first. A client-made id makes the start safe to send
    /// again (offline replay): the same user's id answers 200 with the workout it started; an id already used by someone
    /// else is a 409 saying no more.
    /// </summary>
    private static async Task<Results<Created<WorkoutResponse>, Ok<WorkoutResponse>, ValidationProblem, ProblemHttpResult>> Start(
        [FromBody] StartWorkoutRequest? request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var replace = request?.Replace;
        if (replace is not null && !OpenWorkoutReplacement.All.Contains(replace))
        {
            return Problems.Validation("replace", $"Must be one of: {string.Join(", ", OpenWorkoutReplacement.All)}.");
        }

        if (request?.Id == Guid.Empty)
        {
            return Problems.Validation("id", "Must not be the empty UUID.");
        }

        var userId = context.User.GetUserId();
        if (request?.Id is { } clientId && await StartedAlreadyAsync(db, userId, clientId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var now = time.GetUtcNow();
        var workout = new Workout { Id = request?.Id ?? Guid.CreateVersion7(), UserId = userId, StartedAt = now };
        WorkoutTemplate? template = null;
        if (request?.TemplateId is { } templateId)
        {
            template = await db.Templates.Include(t => t.Exercises)
                .SingleOrDefaultAsync(t => t.Id == templateId && t.Program!.UserId == userId, cancellationToken);
            if (template is null)
            {
                return Problems.NotFound("template");
            }

            workout.TemplateId = template.Id;
            workout.TemplateName = template.Name;
        }

        // Replacing the open workout and starting the new one succeed or fail together.
        await using var transaction = replace is null ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        if (replace is not null
            && await db.Workouts.SingleOrDefaultAsync(w => w.UserId == userId && w.Status == WorkoutStatus.InProgress, cancellationToken) is { } open)
        {
            if (replace == OpenWorkoutReplacement.Abandon)
            {
                open.Abandon();
                await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                await FinishAsync(db, open, now, cancellationToken);
            }
        }

        if (template is not null)
        {
            // Planned after the replaced workout is finished, so that session counts for the progression rules.
            workout.Plan = await NextWorkoutPlan.BuildAsync(db, template, userId, cancellationToken);
            workout.Exercises = WorkoutExercise.ListOf(workout.Plan.Select(p => p.ExerciseId), [], template.GroupsByExercise());
        }

        db.Workouts.Add(workout);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The partial unique index refused a second open workout: name the one that is open.
            if (transaction is not null)
            {
                await transaction.RollbackAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            if (request?.Id is { } racedId && await StartedAlreadyAsync(db, userId, racedId, cancellationToken) is { } raced)
            {
                return raced; // the same start sent twice at once: the other request made it
            }

            var openId = await db.Workouts.Where(w => w.UserId == userId && w.Status == WorkoutStatus.InProgress).Select(w => w.Id).FirstOrDefaultAsync(cancellationToken);
            return WorkoutInProgress(openId);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Created($"/api/v1/workouts/{workout.Id}", await WorkoutQueries.LoadAsync(db, userId, workout.Id, cancellationToken));
    }

    /// <summary>The answer to a start whose client id is taken: the workout it made for this user, or a 409; null when the id is free.</summary>
    private static async Task<Results<Created<WorkoutResponse>, Ok<WorkoutResponse>, ValidationProblem, ProblemHttpResult>?> StartedAlreadyAsync(
        FitFolioDbContext db, Guid userId, Guid id, CancellationToken cancellationToken)
    {
        var owner = await db.Workouts.Where(w => w.Id == id).Select(w => (Guid?)w.UserId).SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return null;
        }

        return owner == userId
            ? TypedResults.Ok((await WorkoutQueries.LoadAsync(db, userId, id, cancellationToken))!)
            : Problems.Conflict("Workout id already used", "Start the workout again with a new id.");
    }

    private static ProblemHttpResult WorkoutInProgress(Guid openId) => Problems.Problem(
        StatusCodes.Status409Conflict, ErrorCodes.WorkoutInProgress, "A workout is already in progress",
        "Resume, finish or abandon it first, or start again with replace set to abandon or complete.",
        new Dictionary<string, object?> { ["workoutId"] = openId });

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
                w.Sets.AsQueryable().Where(WorkoutVolume.Counts).Sum(WorkoutVolume.OfSet)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new WorkoutPage(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<WorkoutResponse>, ProblemHttpResult>> Get(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var workout = await WorkoutQueries.LoadAsync(db, context.User.GetUserId(), id, cancellationToken);
        return workout is null ? Problems.NotFound("workout") : TypedResults.Ok(workout);
    }

    /// <summary>
    /// Notes and times, also of past workouts; an end time belongs to a completed workout only. Moving the start moves the
    /// sets and the end by the same offset, so a workout moved to another day keeps its sets with it.
    /// </summary>
    private static async Task<Results<Ok<WorkoutResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateWorkoutRequest request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var workout = await db.Workouts.SingleOrDefaultAsync(w => w.Id == id && w.UserId == userId, cancellationToken);
        if (workout is null)
        {
            return Problems.NotFound("workout");
        }

        var offset = request.StartedAt is { } newStart ? newStart - workout.StartedAt : TimeSpan.Zero;
        var startedAt = workout.StartedAt + offset;
        var completedAt = request.CompletedAt?.ToUniversalTime() ?? workout.CompletedAt + offset;
        var errors = new ValidationErrors();
        errors.Text(request.Notes, "notes", 2000);
        errors.Time(request.StartedAt, "startedAt", time.GetUtcNow());
        errors.Time(request.CompletedAt, "completedAt", time.GetUtcNow());
        errors.Check(request.CompletedAt is null || workout.Status == WorkoutStatus.Completed, "completedAt", "Only a completed workout has an end time; complete it first.");
        errors.Check(completedAt is null || completedAt >= startedAt, request.CompletedAt is null ? "startedAt" : "completedAt", "The end must not be before the start.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        workout.Notes = request.Notes is null ? workout.Notes : (string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim());
        workout.StartedAt = startedAt;
        workout.CompletedAt = completedAt;
        if (offset != TimeSpan.Zero)
        {
            foreach (var set in await db.WorkoutSets.Where(s => s.WorkoutId == id).ToListAsync(cancellationToken))
            {
                set.CompletedAt += offset;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok((await WorkoutQueries.LoadAsync(db, userId, id, cancellationToken))!);
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

        if (workout.Status == WorkoutStatus.Completed)
        {
            // A finish replayed from a device whose first answer was lost: the same summary, nothing changed.
            var done = await db.WorkoutSets.AsNoTracking().Where(s => s.WorkoutId == workout.Id).ToListAsync(cancellationToken);
            return TypedResults.Ok(await SummaryAsync(db, workout, done, cancellationToken));
        }

        if (workout.Status != WorkoutStatus.InProgress)
        {
            return Problems.Conflict("Workout already ended", $"This workout is {workout.Status}.");
        }

        return TypedResults.Ok(await FinishAsync(db, workout, time.GetUtcNow(), cancellationToken));
    }

    /// <summary>Completes an open workout, or deletes it when no set was logged: an empty workout is not history.</summary>
    private static async Task<CompletedWorkout> FinishAsync(FitFolioDbContext db, Workout workout, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sets = await db.WorkoutSets.AsNoTracking().Where(s => s.WorkoutId == workout.Id).ToListAsync(cancellationToken);
        if (sets.Count == 0)
        {
            db.Workouts.Remove(workout);
            await db.SaveChangesAsync(cancellationToken);
            return new CompletedWorkout(workout.Id, WorkoutStatus.Discarded, null, null);
        }

        // The status and the session bests it brings change together (a start that replaces this workout has its own transaction).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        workout.Complete(now);
        await db.SaveChangesAsync(cancellationToken);
        await SessionBests.RefreshAsync(db, workout.Id, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return await SummaryAsync(db, workout, sets, cancellationToken);
    }

    private static async Task<CompletedWorkout> SummaryAsync(FitFolioDbContext db, Workout workout, List<WorkoutSet> sets, CancellationToken cancellationToken)
    {
        var prs = await PersonalRecords.OfWorkoutAsync(db, workout.UserId, workout.Id, cancellationToken);
        var summary = new WorkoutSummary((long)(workout.CompletedAt!.Value - workout.StartedAt).TotalSeconds, sets.Count, WorkoutVolume.Total(sets), prs);
        return new CompletedWorkout(workout.Id, workout.Status, workout.CompletedAt, summary);
    }

    /// <summary>Deletes a workout, in progress or not, with its sets and lists (the foreign keys cascade).</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var deleted = await db.Workouts.Where(w => w.Id == id && w.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Problems.NotFound("workout") : TypedResults.NoContent();
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
    /// second row — the primary key refuses it, and the loser of the race runs again as an update. Last writer wins; with the
    /// baseVersion the client saw, the answer says whether this write replaced an edit made elsewhere since. One statement
    /// (<see cref="SetUpsert"/>) checks and writes; when it writes nothing, what it saw tells which problem to answer.
    /// </summary>
    private static async Task<Results<Created<PutSetResponse>, Ok<PutSetResponse>, ValidationProblem, ProblemHttpResult>> PutSet(
        Guid id, Guid setId, PutSetRequest request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var write = new SetWrite(id, setId, context.User.GetUserId(), request.ExerciseId ?? Guid.Empty, request.Reps ?? 0, request.WeightKg ?? 0, request.Rpe,
            request.SetType ?? SetTypes.Working, string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(), request.CompletedAt?.ToUniversalTime(),
            request.DurationSeconds, request.DistanceM, now);
        // The kinds of exercise this request's numbers are valid for; none makes the statement a read that finds the problem.
        string[] kinds = request.ExerciseId is null ? [] : [.. ExerciseKinds.All.Where(kind => SetErrors(request, kind, true, now).IsValid)];
        if (kinds.Length == 0)
        {
            // Nothing will be written, and PostgreSQL refuses a parameter holding text it cannot store (a NUL) before any check runs.
            write = write with { Notes = null, SetType = SetTypes.Working };
        }

        for (var attempt = 1; ; attempt++)
        {
            var state = await SetUpsert.RunAsync(db, write, kinds, cancellationToken);
            if (state.Written)
            {
                if (state.WorkoutStatus == WorkoutStatus.Completed)
                {
                    // An edit of past history; the live workout's sets (an open workout) skip this. A failure answers 500 and the client's retry refreshes.
                    await SessionBests.RefreshAsync(db, id, cancellationToken);
                }

                var set = new WorkoutSet
                {
                    Id = setId,
                    WorkoutId = id,
                    UserId = write.UserId,
                    ExerciseId = write.ExerciseId,
                    Reps = write.Reps,
                    WeightKg = write.WeightKg,
                    Rpe = write.Rpe,
                    SetType = write.SetType,
                    Notes = write.Notes,
                    CompletedAt = write.CompletedAt ?? state.Stored?.CompletedAt ?? now,
                    DurationSeconds = write.DurationSeconds,
                    DistanceM = write.DistanceM,
                };
                if (state.Stored is not { } before)
                {
                    return TypedResults.Created($"/api/v1/workouts/{id}/sets/{setId}", new PutSetResponse(ToResponse(set, state.ExerciseName!), false));
                }

                // Changed since the client saw it, and not by this same write sent before (a retry): another device's edit.
                var response = ToResponse(set, state.ExerciseName!);
                var previous = request.BaseVersion is null ? null : SetVersion.Of(before);
                var replaced = request.BaseVersion is { } seen && seen != previous && previous != response.Version;
                return TypedResults.Ok(new PutSetResponse(response, replaced));
            }

            if (Refusal(state, request, write, now) is { } refused)
            {
                return refused;
            }

            if (attempt == InsertAttempts)
            {
                throw new InvalidOperationException($"The set {setId} was neither written nor refused after {attempt} attempts.");
            }

            // A first write of this id by another request landed after this one looked: the next run sees it and replaces it.
        }
    }

    /// <summary>Why a set PUT that wrote nothing was refused, in the order the checks apply; null when nothing refuses it (a lost race).</summary>
    private static Results<Created<PutSetResponse>, Ok<PutSetResponse>, ValidationProblem, ProblemHttpResult>? Refusal(
        SetUpsertState state, PutSetRequest request, SetWrite write, DateTimeOffset now)
    {
        if (state.WorkoutStatus is null)
        {
            return Problems.NotFound("workout");
        }

        var errors = SetErrors(request, state.ExerciseKind ?? ExerciseKinds.WeightReps, state.ExerciseName is not null, now);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (state.WorkoutStatus == WorkoutStatus.Abandoned)
        {
            return AbandonedConflict();
        }

        if (state.Stored is { } stored && (stored.WorkoutId != write.WorkoutId || stored.UserId != write.UserId))
        {
            return Problems.NotFound("set");
        }

        return null;
    }

    /// <summary>Every problem with a set PUT, given the kind of its exercise and whether the user may log that exercise at all.</summary>
    private static ValidationErrors SetErrors(PutSetRequest request, string kind, bool exerciseFound, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        errors.Check(exerciseFound, "exerciseId", request.ExerciseId is null ? "Required." : "No such exercise.");
        errors.SetValues(kind, request.Reps, request.WeightKg, request.DurationSeconds, request.DistanceM);
        errors.Rpe(request.Rpe, "rpe");
        errors.Check(request.SetType is null || SetTypes.All.Contains(request.SetType), "setType", $"Must be one of: {string.Join(", ", SetTypes.All)}.");
        errors.Text(request.Notes, "notes", 500);
        errors.Time(request.CompletedAt, "completedAt", now);
        errors.Text(request.BaseVersion, "baseVersion", SetVersion.MaxLength);
        return errors;
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

        await using var transaction = status == WorkoutStatus.Completed ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        db.WorkoutSets.Remove(set);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await SessionBests.RefreshAsync(db, id, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }

    /// <summary>Changes a set's notes alone, so a note saves without resending (or racing) the set's numbers.</summary>
    private static async Task<Results<Ok<SetResponse>, ValidationProblem, ProblemHttpResult>> UpdateSet(
        Guid id, Guid setId, UpdateSetRequest request, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var status = await db.Workouts.Where(w => w.Id == id && w.UserId == userId).Select(w => w.Status).SingleOrDefaultAsync(cancellationToken);
        var set = status is null ? null : await db.WorkoutSets.Include(s => s.Exercise).SingleOrDefaultAsync(s => s.Id == setId && s.WorkoutId == id && s.UserId == userId, cancellationToken);
        if (set is null)
        {
            return Problems.NotFound(status is null ? "workout" : "set");
        }

        var errors = new ValidationErrors();
        errors.Text(request.Notes, "notes", 500);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (status == WorkoutStatus.Abandoned)
        {
            return AbandonedConflict();
        }

        set.Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(set, set.Exercise!.Name));
    }

    /// <summary>Puts the exercise of a logged set on the workout's list (at the end) if it is not there yet.</summary>
    internal static async Task ListExerciseAsync(FitFolioDbContext db, Guid workoutId, Guid exerciseId, CancellationToken cancellationToken)
    {
        if (await db.WorkoutExercises.AnyAsync(e => e.WorkoutId == workoutId && e.ExerciseId == exerciseId, cancellationToken))
        {
            return;
        }

        var last = await db.WorkoutExercises.Where(e => e.WorkoutId == workoutId).MaxAsync(e => (int?)e.Position, cancellationToken) ?? -1;
        db.WorkoutExercises.Add(new WorkoutExercise { WorkoutId = workoutId, ExerciseId = exerciseId, Position = last + 1 });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear(); // a concurrent request listed it first
        }
    }

    internal static ProblemHttpResult AbandonedConflict() =>
        Problems.Conflict("Workout abandoned", "Sets of an abandoned workout cannot be changed.");

    internal static SetResponse ToResponse(WorkoutSet s, string exerciseName) =>
        new(s.Id, s.ExerciseId, exerciseName, s.Reps, s.WeightKg, s.Rpe, s.SetType, s.Notes, s.CompletedAt, s.DurationSeconds, s.DistanceM, SetVersion.Of(s));
}
