using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Workouts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Programs;

/// <param name="Progression">`linear`, `double` or `training_max`; null when the targets stay as written.</param>
/// <param name="IncrementKg">What a success adds to the weight, or to the training max after a cycle; required with a rule.</param>
/// <param name="TargetReps">Double progression's current rep goal (repsMin to repsMax; repsMin when left out).</param>
/// <param name="TrainingMaxKg">The training max the percentage scheme works from; required for `training_max`.</param>
/// <param name="CycleWeek">The percentage scheme's week (1–4) of the next session; 1 when left out.</param>
/// <param name="Group">A superset or circuit: consecutive exercises with the same number (at least two) are done in rounds; null or left out: on its own.</param>
public sealed record TemplateExerciseRequest(
    Guid? ExerciseId, int? Sets, int? RepsMin, int? RepsMax, int? RestSeconds, double? TargetRpe, double? TargetWeightKg, string? Notes,
    string? Progression = null, double? IncrementKg = null, int? TargetReps = null, double? TrainingMaxKg = null, int? CycleWeek = null,
    int? Group = null);

public sealed record TemplateRequest(string? Name, TemplateExerciseRequest?[]? Exercises);

public sealed record TemplateOrderRequest(Guid[]? TemplateIds);

/// <param name="ProgressionReason">Why the targets are what they are, from the last time the rule ran.</param>
/// <param name="Group">The superset or circuit it belongs to, numbered 1, 2… in template order; null when done on its own.</param>
public sealed record TemplateExerciseResponse(
    Guid Id, Guid ExerciseId, string ExerciseName, int Position, int Sets, int RepsMin, int RepsMax, int RestSeconds,
    double? TargetRpe, double? TargetWeightKg, string? Notes, string? Progression, double? IncrementKg, int? TargetReps, double? TrainingMaxKg,
    int? CycleWeek, string? ProgressionReason, int? Group);

public sealed record TemplateResponse(Guid Id, Guid ProgramId, string Name, int Position, IReadOnlyList<TemplateExerciseResponse> Exercises);

public static class TemplateEndpoints
{
    public const int MaxExercises = 100;

    public static RouteGroupBuilder MapTemplateEndpoints(this RouteGroupBuilder programs)
    {
        programs.MapPost("/{id:guid}/templates", Create);
        programs.MapGet("/{id:guid}/templates/{templateId:guid}", Get);
        programs.MapPut("/{id:guid}/templates/{templateId:guid}", Replace);
        programs.MapDelete("/{id:guid}/templates/{templateId:guid}", Delete);
        programs.MapPost("/{id:guid}/templates/{templateId:guid}/duplicate", Duplicate);
        programs.MapPut("/{id:guid}/templates/order", Reorder);
        return programs;
    }

    private static async Task<Results<Created<TemplateResponse>, ValidationProblem, ProblemHttpResult>> Create(
        Guid id, TemplateRequest request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var program = await ProgramEndpoints.FindAsync(db, userId, id, cancellationToken);
        if (program is null)
        {
            return Problems.NotFound("program");
        }

        var errors = await ValidateAsync(request, db, userId, cancellationToken);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var template = new WorkoutTemplate
        {
            ProgramId = program.Id,
            Name = request.Name!.Trim(),
            Position = program.NextTemplatePosition,
            Exercises = ToExercises(request),
        };
        db.Templates.Add(template);
        program.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/programs/{id}/templates/{template.Id}", await ResponseAsync(db, template.Id, cancellationToken));
    }

    private static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> Get(
        Guid id, Guid templateId, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var exists = await db.Templates.AnyAsync(t => t.Id == templateId && t.ProgramId == id && t.Program!.UserId == userId, cancellationToken);
        return exists ? TypedResults.Ok(await ResponseAsync(db, templateId, cancellationToken)) : Problems.NotFound("template");
    }

    /// <summary>Replaces the name and the whole exercise list, in one transaction.</summary>
    private static async Task<Results<Ok<TemplateResponse>, ValidationProblem, ProblemHttpResult>> Replace(
        Guid id, Guid templateId, TemplateRequest request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var program = await ProgramEndpoints.FindAsync(db, userId, id, cancellationToken);
        var template = program?.Templates.SingleOrDefault(t => t.Id == templateId);
        if (program is null || template is null)
        {
            return Problems.NotFound("template");
        }

        var errors = await ValidateAsync(request, db, userId, cancellationToken);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        template.Name = request.Name!.Trim();
        db.TemplateExercises.RemoveRange(template.Exercises);
        var exercises = ToExercises(request);
        foreach (var exercise in exercises)
        {
            exercise.TemplateId = template.Id;
        }

        db.TemplateExercises.AddRange(exercises);
        program.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ResponseAsync(db, template.Id, cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, Guid templateId, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var program = await ProgramEndpoints.FindAsync(db, context.User.GetUserId(), id, cancellationToken);
        var template = program?.Templates.SingleOrDefault(t => t.Id == templateId);
        if (program is null || template is null)
        {
            return Problems.NotFound("template");
        }

        db.Templates.Remove(template);
        var position = 0;
        foreach (var remaining in program.Templates.Where(t => t != template).OrderBy(t => t.Position))
        {
            remaining.Position = position++;
        }

        program.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<TemplateResponse>, ProblemHttpResult>> Duplicate(
        Guid id, Guid templateId, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var program = await ProgramEndpoints.FindAsync(db, context.User.GetUserId(), id, cancellationToken);
        var template = program?.Templates.SingleOrDefault(t => t.Id == templateId);
        if (program is null || template is null)
        {
            return Problems.NotFound("template");
        }

        var copy = template.Duplicate(TrainingProgram.CopyName(template.Name), program.Templates.Max(t => t.Position) + 1);
        db.Templates.Add(copy);
        program.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/programs/{id}/templates/{copy.Id}", await ResponseAsync(db, copy.Id, cancellationToken));
    }

    /// <summary>Sets the order of the program's templates; the list must name each of them exactly once.</summary>
    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Reorder(
        Guid id, TemplateOrderRequest request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var program = await ProgramEndpoints.FindAsync(db, context.User.GetUserId(), id, cancellationToken);
        if (program is null)
        {
            return Problems.NotFound("program");
        }

        var ids = request.TemplateIds ?? [];
        var current = program.Templates.Select(t => t.Id).ToHashSet();
        if (request.TemplateIds is null || ids.Length != current.Count || ids.Distinct().Count() != ids.Length || !ids.All(current.Contains))
        {
            return Problems.Validation("templateIds", "Must list each of the program's templates exactly once.");
        }

        for (var i = 0; i < ids.Length; i++)
        {
            program.Templates.Single(t => t.Id == ids[i]).Position = i;
        }

        program.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<ValidationErrors> ValidateAsync(TemplateRequest request, FitFolioDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Name(request.Name, "name");
        if (request.Exercises is null)
        {
            errors.Add("exercises", "Required (may be empty).");
            return errors;
        }

        errors.Check(request.Exercises.Length <= MaxExercises, "exercises", $"At most {MaxExercises} exercises.");
        var wanted = request.Exercises.Where(e => e?.ExerciseId is not null).Select(e => e!.ExerciseId!.Value).Distinct().ToList();
        var visible = (await db.Exercises.VisibleTo(userId).Where(e => wanted.Contains(e.Id))
            .Select(e => e.Id).ToListAsync(cancellationToken)).ToHashSet();
        for (var i = 0; i < request.Exercises.Length; i++)
        {
            var field = $"exercises[{i}]";
            var e = request.Exercises[i];
            if (e is null)
            {
                errors.Add(field, "Required.");
                continue;
            }

            errors.Check(e.ExerciseId is not null && visible.Contains(e.ExerciseId.Value), $"{field}.exerciseId", "No such exercise.");
            errors.Check(e.Sets is >= 1 and <= 20, $"{field}.sets", "Must be from 1 to 20.");
            errors.Reps(e.RepsMin, $"{field}.repsMin");
            errors.Reps(e.RepsMax, $"{field}.repsMax");
            errors.Check(e.RepsMin is null || e.RepsMax is null || e.RepsMin <= e.RepsMax, $"{field}.repsMax", "Must be at least repsMin.");
            errors.Check(e.RestSeconds is >= 0 and <= 1800, $"{field}.restSeconds", "Must be from 0 to 1800 seconds.");
            errors.Rpe(e.TargetRpe, $"{field}.targetRpe");
            errors.WeightKg(e.TargetWeightKg, $"{field}.targetWeightKg", required: false);
            errors.Text(e.Notes, $"{field}.notes", 500);
            ValidateRule(errors, e, field);
        }

        ExerciseGroups.Validate(errors, [.. request.Exercises.Select(e => e?.Group)], i => $"exercises[{i}].group");
        return errors;
    }

    private static void ValidateRule(ValidationErrors errors, TemplateExerciseRequest e, string field)
    {
        if (e.Progression is null)
        {
            return;
        }

        errors.Check(ProgressionRules.All.Contains(e.Progression), $"{field}.progression", $"Must be one of: {string.Join(", ", ProgressionRules.All)}.");
        errors.Check(e.IncrementKg is > 0 and <= MaxIncrementKg, $"{field}.incrementKg", $"Must be more than 0 and at most {MaxIncrementKg} kg.");
        errors.Check(e.TargetReps is null || (e.TargetReps >= e.RepsMin && e.TargetReps <= e.RepsMax), $"{field}.targetReps", "Must be within repsMin and repsMax.");
        errors.Check(e.CycleWeek is null or >= 1 and <= Progression.WeeksPerCycle, $"{field}.cycleWeek", $"Must be from 1 to {Progression.WeeksPerCycle}.");
        if (e.Progression == ProgressionRules.TrainingMax)
        {
            errors.Check(e.TrainingMaxKg is > 0 and <= TrainingLimits.MaxWeightKg, $"{field}.trainingMaxKg", $"Must be a weight above 0 and up to {TrainingLimits.MaxWeightKg} kg.");
        }
    }

    private const double MaxIncrementKg = 50;

    private static List<TemplateExercise> ToExercises(TemplateRequest request)
    {
        var groups = ExerciseGroups.Normalize([.. request.Exercises!.Select(e => e!.Group)]);
        return [.. request.Exercises!.Select((e, i) => new TemplateExercise
        {
            ExerciseId = e!.ExerciseId!.Value,
            Position = i,
            Group = groups[i],
            Sets = e.Sets!.Value,
            RepsMin = e.RepsMin!.Value,
            RepsMax = e.RepsMax!.Value,
            RestSeconds = e.RestSeconds!.Value,
            TargetRpe = e.TargetRpe,
            TargetWeightKg = e.TargetWeightKg,
            Notes = string.IsNullOrWhiteSpace(e.Notes) ? null : e.Notes.Trim(),
            Progression = e.Progression,
            IncrementKg = e.Progression is null ? null : e.IncrementKg,
            TargetReps = e.Progression == ProgressionRules.DoubleProgression ? e.TargetReps : null,
            TrainingMaxKg = e.Progression == ProgressionRules.TrainingMax ? e.TrainingMaxKg : null,
            CycleWeek = e.Progression == ProgressionRules.TrainingMax ? e.CycleWeek ?? 1 : null,
        })];
    }

    internal static async Task<TemplateResponse> ResponseAsync(FitFolioDbContext db, Guid templateId, CancellationToken cancellationToken)
    {
        var template = await db.Templates.AsNoTracking().Where(t => t.Id == templateId).SingleAsync(cancellationToken);
        var exercises = await db.TemplateExercises.AsNoTracking().Where(e => e.TemplateId == templateId).OrderBy(e => e.Position)
            .Select(e => new TemplateExerciseResponse(e.Id, e.ExerciseId, e.Exercise!.Name, e.Position, e.Sets, e.RepsMin, e.RepsMax,
                e.RestSeconds, e.TargetRpe, e.TargetWeightKg, e.Notes, e.Progression, e.IncrementKg, e.TargetReps, e.TrainingMaxKg, e.CycleWeek,
                e.ProgressionReason, e.Group))
            .ToListAsync(cancellationToken);
        return new TemplateResponse(template.Id, template.ProgramId, template.Name, template.Position, exercises);
    }
}
