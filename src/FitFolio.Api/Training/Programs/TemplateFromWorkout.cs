using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Workouts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Programs;

public sealed record SaveAsTemplateRequest(Guid? WorkoutId, string? Name);

/// <summary>The part of a template exercise that "update the template" can change.</summary>
public sealed record TemplateTargets(int Sets, int RepsMin, int RepsMax, double? TargetWeightKg);

public static class TemplateChangeKinds
{
    public const string Added = "added";
    public const string Updated = "updated";
    public const string Removed = "removed";
    public const string Unchanged = "unchanged";
}

/// <param name="Change">`added`, `updated`, `removed` or `unchanged`.</param>
public sealed record TemplateChange(Guid ExerciseId, string ExerciseName, string Change, TemplateTargets? Before, TemplateTargets? After);

/// <summary>What updating the template from a finished workout would do, shown before the lifter confirms.</summary>
public sealed record TemplateUpdatePreview(Guid ProgramId, Guid TemplateId, string TemplateName, IReadOnlyList<TemplateChange> Changes);

/// <summary>
/// Templates made from what was done: "save as template" from any workout, and "update the template" a finished workout came
/// from (sets, weights, reps; exercises added in the workout added, ones taken off its list removed).
/// </summary>
public static class TemplateFromWorkout
{
    private const int DefaultRestSeconds = 90;
    private const int MaxSets = 20;

    public static RouteGroupBuilder MapSaveAsTemplateEndpoint(this RouteGroupBuilder programs)
    {
        programs.MapPost("/{id:guid}/templates/from-workout", SaveAsTemplate);
        return programs;
    }

    public static RouteGroupBuilder MapTemplateUpdateEndpoints(this RouteGroupBuilder workouts)
    {
        workouts.MapGet("/{id:guid}/template-update", PreviewUpdate).WithTags("Programs");
        workouts.MapPost("/{id:guid}/template-update", ApplyUpdate).WithTags("Programs");
        return workouts;
    }

    /// <summary>A new template in the program with the workout's exercises in order: sets, rep range and top weight as done.</summary>
    private static async Task<Results<Created<TemplateResponse>, ValidationProblem, ProblemHttpResult>> SaveAsTemplate(
        Guid id, SaveAsTemplateRequest request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var program = await ProgramEndpoints.FindAsync(db, userId, id, cancellationToken);
        if (program is null)
        {
            return Problems.NotFound("program");
        }

        var errors = new ValidationErrors();
        errors.Name(request.Name, "name");
        errors.Check(request.WorkoutId is not null, "workoutId", "Required.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var done = await WorkoutDoneAsync(db, userId, request.WorkoutId!.Value, cancellationToken);
        if (done is null)
        {
            return Problems.NotFound("workout");
        }

        var exercises = done.Order.Where(done.Sets.ContainsKey).Take(TemplateEndpoints.MaxExercises)
            .Select((exerciseId, position) => NewExercise(done, exerciseId, position)).ToList();
        GroupAsDone(exercises, done);
        if (exercises.Count == 0)
        {
            return Problems.Validation("workoutId", "The workout has no working sets to make a template from.");
        }

        var template = new WorkoutTemplate
        {
            ProgramId = program.Id,
            Name = request.Name!.Trim(),
            Position = program.NextTemplatePosition,
            Exercises = exercises,
        };
        db.Templates.Add(template);
        program.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/programs/{id}/templates/{template.Id}", await TemplateEndpoints.ResponseAsync(db, template.Id, cancellationToken));
    }

    private static async Task<Results<Ok<TemplateUpdatePreview>, ProblemHttpResult>> PreviewUpdate(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var (update, problem) = await PlanUpdateAsync(db, context.User.GetUserId(), id, cancellationToken);
        if (update is null)
        {
            return problem!;
        }

        db.ChangeTracker.Clear();
        return TypedResults.Ok(update.Preview);
    }

    /// <summary>Rewrites the template the workout came from with what was done, in one save.</summary>
    private static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> ApplyUpdate(
        Guid id, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (update, problem) = await PlanUpdateAsync(db, context.User.GetUserId(), id, cancellationToken);
        if (update is null)
        {
            return problem!;
        }

        update.Program.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await TemplateEndpoints.ResponseAsync(db, update.Template.Id, cancellationToken));
    }

    private sealed record TemplateUpdate(TrainingProgram Program, WorkoutTemplate Template, TemplateUpdatePreview Preview);

    /// <summary>Works the update out on the tracked template (a save writes it); the preview lists each exercise's change.</summary>
    private static async Task<(TemplateUpdate? Update, ProblemHttpResult? Problem)> PlanUpdateAsync(
        FitFolioDbContext db, Guid userId, Guid workoutId, CancellationToken cancellationToken)
    {
        var done = await WorkoutDoneAsync(db, userId, workoutId, cancellationToken);
        if (done is null)
        {
            return (null, Problems.NotFound("workout"));
        }

        if (done.Status != WorkoutStatus.Completed)
        {
            return (null, Problems.Conflict("Workout not finished", "Finish the workout before updating its template from it."));
        }

        var template = done.TemplateId is { } templateId
            ? await db.Templates.Include(t => t.Program).Include(t => t.Exercises)
                .SingleOrDefaultAsync(t => t.Id == templateId && t.Program!.UserId == userId, cancellationToken)
            : null;
        if (template is null)
        {
            return (null, Problems.Conflict("No template", "This workout did not come from a template, or the template was deleted."));
        }

        var existing = template.Exercises.OrderBy(e => e.Position).ToList();
        var result = new List<TemplateExercise>();
        var changes = new List<(Guid ExerciseId, string Change, TemplateTargets? Before, TemplateTargets? After)>();
        foreach (var exerciseId in done.Order)
        {
            var matches = existing.Where(e => e.ExerciseId == exerciseId).ToList();
            if (matches.Count == 0)
            {
                if (done.Sets.ContainsKey(exerciseId))
                {
                    var added = NewExercise(done, exerciseId, 0);
                    added.TemplateId = template.Id;
                    db.TemplateExercises.Add(added);
                    result.Add(added);
                    changes.Add((exerciseId, TemplateChangeKinds.Added, null, Targets(added)));
                }

                continue;
            }

            foreach (var (match, index) in matches.Select((m, i) => (m, i)))
            {
                var before = Targets(match);
                if (index == 0 && done.Sets.TryGetValue(exerciseId, out var sets))
                {
                    UpdateFromSets(match, sets);
                }

                result.Add(match);
                var after = Targets(match);
                changes.Add((exerciseId, before == after ? TemplateChangeKinds.Unchanged : TemplateChangeKinds.Updated, before, after));
            }
        }

        foreach (var removed in existing.Where(e => !done.Order.Contains(e.ExerciseId)))
        {
            db.TemplateExercises.Remove(removed);
            changes.Add((removed.ExerciseId, TemplateChangeKinds.Removed, Targets(removed), null));
        }

        for (var i = 0; i < result.Count; i++)
        {
            result[i].Position = i;
        }

        GroupAsDone(result, done);

        var ids = changes.Select(c => c.ExerciseId).Distinct().ToList();
        var names = await db.Exercises.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var preview = new TemplateUpdatePreview(template.ProgramId, template.Id, template.Name,
            [.. changes.Select(c => new TemplateChange(c.ExerciseId, names[c.ExerciseId], c.Change, c.Before, c.After))]);
        return (new TemplateUpdate(template.Program!, template, preview), null);
    }

    /// <summary>
    /// Sets and top weight as done. The rep range stays when every set landed in it or a rule owns it (the range is the
    /// goal), and becomes the range done otherwise; a percentage scheme's sets come from the scheme, so it is left alone.
    /// </summary>
    private static void UpdateFromSets(TemplateExercise exercise, List<WorkoutSet> sets)
    {
        if (exercise.Progression == ProgressionRules.TrainingMax)
        {
            return;
        }

        var minReps = sets.Min(s => s.Reps);
        var maxReps = sets.Max(s => s.Reps);
        exercise.Sets = Math.Min(sets.Count, MaxSets);
        var top = sets.Max(s => s.WeightKg);
        exercise.TargetWeightKg = top > 0 ? top : exercise.TargetWeightKg;
        var inRange = minReps >= exercise.RepsMin && maxReps <= exercise.RepsMax;
        if (exercise.Progression is null && !inRange)
        {
            (exercise.RepsMin, exercise.RepsMax) = (minReps, maxReps);
        }

        if (exercise.Progression == ProgressionRules.DoubleProgression)
        {
            exercise.TargetReps = Math.Clamp(minReps, exercise.RepsMin, exercise.RepsMax);
        }
    }

    private static TemplateExercise NewExercise(WorkoutDone done, Guid exerciseId, int position)
    {
        var sets = done.Sets[exerciseId];
        var top = sets.Max(s => s.WeightKg);
        var planned = done.Plan.FirstOrDefault(p => p.ExerciseId == exerciseId);
        return new TemplateExercise
        {
            ExerciseId = exerciseId,
            Position = position,
            Sets = Math.Min(sets.Count, MaxSets),
            RepsMin = sets.Min(s => s.Reps),
            RepsMax = sets.Max(s => s.Reps),
            RestSeconds = planned?.RestSeconds ?? DefaultRestSeconds,
            TargetRpe = planned?.TargetRpe,
            TargetWeightKg = top > 0 ? top : null,
            Notes = planned?.Notes,
        };
    }

    /// <summary>The supersets and circuits as the workout had them; an exercise listed twice in the template is grouped at its first place only.</summary>
    private static void GroupAsDone(List<TemplateExercise> exercises, WorkoutDone done)
    {
        var groups = ExerciseGroups.Normalize([.. exercises.Select((e, i) =>
            exercises.FindIndex(x => x.ExerciseId == e.ExerciseId) == i ? done.Groups.GetValueOrDefault(e.ExerciseId) : null)]);
        for (var i = 0; i < exercises.Count; i++)
        {
            exercises[i].Group = groups[i];
        }
    }

    private static TemplateTargets Targets(TemplateExercise e) => new(e.Sets, e.RepsMin, e.RepsMax, e.TargetWeightKg);

    /// <summary>A workout's exercise list in order with their groups, its plan, and its working sets by exercise.</summary>
    private sealed record WorkoutDone(
        string Status, Guid? TemplateId, List<Guid> Order, Dictionary<Guid, int?> Groups, List<WorkoutPlanItem> Plan, Dictionary<Guid, List<WorkoutSet>> Sets);

    private static async Task<WorkoutDone?> WorkoutDoneAsync(FitFolioDbContext db, Guid userId, Guid workoutId, CancellationToken cancellationToken)
    {
        var workout = await db.Workouts.AsNoTracking().Where(w => w.Id == workoutId && w.UserId == userId)
            .Select(w => new { w.Status, w.TemplateId }).SingleOrDefaultAsync(cancellationToken);
        if (workout is null)
        {
            return null;
        }

        var listed = await db.WorkoutExercises.AsNoTracking().Where(e => e.WorkoutId == workoutId).OrderBy(e => e.Position)
            .Select(e => new { e.ExerciseId, e.Group }).ToListAsync(cancellationToken);
        var plan = await db.WorkoutPlanItems.AsNoTracking().Where(p => p.WorkoutId == workoutId).OrderBy(p => p.Position).ToListAsync(cancellationToken);
        var sets = await db.WorkoutSets.AsNoTracking().Where(s => s.WorkoutId == workoutId && WorkingSets.Types.Contains(s.SetType))
            .OrderBy(s => s.CompletedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var order = listed.Select(e => e.ExerciseId).Concat(sets.Select(s => s.ExerciseId)).Distinct().ToList();
        return new WorkoutDone(workout.Status, workout.TemplateId, order, listed.ToDictionary(e => e.ExerciseId, e => e.Group), plan,
            sets.GroupBy(s => s.ExerciseId).ToDictionary(g => g.Key, g => g.ToList()));
    }
}
