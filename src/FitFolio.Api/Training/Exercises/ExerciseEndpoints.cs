using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Workouts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Exercises;

/// <param name="Kind">What a set of it measures: weight_reps, bodyweight_reps, time, distance_time or weight_distance.</param>
public sealed record ExerciseItem(
    Guid Id, string Name, string[] PrimaryMuscles, string[] SecondaryMuscles, string Equipment, string Kind, bool IsCustom, bool IsArchived)
{
    public static ExerciseItem From(Exercise e) => new(e.Id, e.Name, e.PrimaryMuscles, e.SecondaryMuscles, e.Equipment, e.Kind, e.IsCustom, e.IsArchived);
}

/// <param name="Instructions">How to do a built-in (setup, execution, common mistakes); null for custom exercises.</param>
public sealed record ExerciseDetail(
    Guid Id, string Name, string[] PrimaryMuscles, string[] SecondaryMuscles, string Equipment, string Kind, bool IsCustom, bool IsArchived,
    ExerciseInstructions? Instructions);

public sealed record ExerciseList(IReadOnlyList<ExerciseItem> Items);

/// <param name="Kind">Without one, bodyweight equipment means bodyweight_reps and anything else weight_reps.</param>
public sealed record CreateExerciseRequest(string? Name, string[]? PrimaryMuscles, string[]? SecondaryMuscles, string? Equipment, string? Kind = null);

/// <param name="Kind">A new kind applies to sets logged from now on; sets already logged keep their numbers.</param>
public sealed record UpdateExerciseRequest(string? Name, string[]? PrimaryMuscles, string[]? SecondaryMuscles, string? Equipment, string? Kind = null);

public sealed record PerformedSet(int Reps, double WeightKg, double? Rpe, string SetType, int? DurationSeconds = null, double? DistanceM = null);

public sealed record LastPerformance(DateTimeOffset PerformedAt, Guid WorkoutId, IReadOnlyList<PerformedSet> Sets);

public static class ExerciseEndpoints
{
    public static RouteGroupBuilder MapExerciseEndpoints(this RouteGroupBuilder api)
    {
        var exercises = api.MapGroup("/exercises").WithTags("Exercises").RequireAuthorization();
        exercises.MapGet("/", List);
        exercises.MapGet("/{id:guid}", Get);
        exercises.MapPost("/", Create);
        exercises.MapPatch("/{id:guid}", Update);
        exercises.MapDelete("/{id:guid}", Delete);
        exercises.MapGet("/{id:guid}/last-performance", GetLastPerformance);
        exercises.MapExerciseNoteEndpoints();
        return exercises;
    }

    /// <summary>
    /// Built-ins and the user's own, filtered by muscle (primary or secondary), equipment and search words (see
    /// <see cref="ExerciseSearch"/>); sorted by name, or by match rank and then name when searching.
    /// </summary>
    private static async Task<Results<Ok<ExerciseList>, ValidationProblem>> List(
        HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken,
        string? search = null, string? muscle = null, string? equipment = null, bool includeArchived = false)
    {
        var errors = new ValidationErrors();
        errors.Text(search, "search", 100);
        errors.Check(muscle is null || Catalogue.Muscles.Contains(muscle), "muscle", $"Unknown muscle; allowed: {string.Join(", ", Catalogue.Muscles)}.");
        errors.Check(equipment is null || Catalogue.Equipment.Contains(equipment), "equipment", $"Unknown equipment; allowed: {string.Join(", ", Catalogue.Equipment)}.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var userId = context.User.GetUserId();
        // What the user sees (ExerciseVisibility): the built-ins, held in memory since they are read-only and seeded from the
        // same catalogue, and the user's own, read by the (user_id, unique_name) index.
        var query = db.Exercises.AsNoTracking().Where(e => e.UserId == userId);
        if (!includeArchived)
        {
            query = query.Where(e => !e.IsArchived);
        }

        if (equipment is not null)
        {
            query = query.Where(e => e.Equipment == equipment);
        }

        var rows = Catalogue.BuiltIns.Where(e => equipment is null || e.Equipment == equipment).Concat(await query.ToListAsync(cancellationToken));
        // A few hundred rows at most: search, muscles and ordering are done here so both providers agree exactly.
        var words = ExerciseSearch.Parse(search);
        var items = rows
            .Where(e => muscle is null || e.PrimaryMuscles.Contains(muscle) || e.SecondaryMuscles.Contains(muscle))
            .Select(e => (Exercise: e, Rank: words is null ? ExerciseSearch.Exact : words.Rank(e)))
            .Where(r => r.Rank is not null)
            .OrderBy(r => r.Rank).ThenBy(r => r.Exercise.SearchName, StringComparer.Ordinal).ThenBy(r => r.Exercise.Name, StringComparer.Ordinal).ThenBy(r => r.Exercise.Id)
            .Select(r => ExerciseItem.From(r.Exercise))
            .ToList();
        return TypedResults.Ok(new ExerciseList(items));
    }

    /// <summary>One exercise the user may see (archived ones too: history still points at them), with a built-in's instructions.</summary>
    private static async Task<Results<Ok<ExerciseDetail>, ProblemHttpResult>> Get(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var e = await db.Exercises.AsNoTracking().VisibleTo(context.User.GetUserId()).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return e is null
            ? Problems.NotFound("exercise")
            : TypedResults.Ok(new ExerciseDetail(
                e.Id, e.Name, e.PrimaryMuscles, e.SecondaryMuscles, e.Equipment, e.Kind, e.IsCustom, e.IsArchived, Catalogue.InstructionsOf(e.Slug)));
    }

    private static async Task<Results<Created<ExerciseItem>, ValidationProblem, ProblemHttpResult>> Create(
        CreateExerciseRequest request, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Name(request.Name, "name");
        Muscles(errors, request.PrimaryMuscles, "primaryMuscles", required: true);
        Muscles(errors, request.SecondaryMuscles, "secondaryMuscles", required: false);
        Equipment(errors, request.Equipment, required: true);
        errors.Kind(request.Kind, "kind", required: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var userId = context.User.GetUserId();
        var exercise = Exercise.Custom(
            userId, request.Name!, Distinct(request.PrimaryMuscles!), Distinct(request.SecondaryMuscles ?? []), request.Equipment!, request.Kind);
        if (await NameTakenAsync(db, userId, exercise.UniqueName, exercise.Id, cancellationToken))
        {
            return NameConflict(exercise.Name);
        }

        db.Exercises.Add(exercise);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return NameConflict(exercise.Name);
        }

        return TypedResults.Created($"/api/v1/exercises/{exercise.Id}", ExerciseItem.From(exercise));
    }

    private static async Task<Results<Ok<ExerciseItem>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateExerciseRequest request, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var exercise = await db.Exercises.VisibleTo(userId).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (exercise is null)
        {
            return Problems.NotFound("exercise");
        }

        if (!exercise.IsCustom)
        {
            return ReadOnly();
        }

        var errors = new ValidationErrors();
        errors.Name(request.Name, "name", required: false);
        Muscles(errors, request.PrimaryMuscles, "primaryMuscles", required: false);
        Muscles(errors, request.SecondaryMuscles, "secondaryMuscles", required: false);
        Equipment(errors, request.Equipment, required: false);
        errors.Kind(request.Kind, "kind", required: false);
        errors.Check(request.PrimaryMuscles is null || request.PrimaryMuscles.Length > 0, "primaryMuscles", "Name at least one muscle.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (request.Name is not null)
        {
            exercise.Rename(request.Name);
            if (!exercise.IsArchived && await NameTakenAsync(db, userId, exercise.UniqueName, exercise.Id, cancellationToken))
            {
                return NameConflict(exercise.Name);
            }
        }

        exercise.PrimaryMuscles = request.PrimaryMuscles is null ? exercise.PrimaryMuscles : Distinct(request.PrimaryMuscles);
        exercise.SecondaryMuscles = request.SecondaryMuscles is null ? exercise.SecondaryMuscles : Distinct(request.SecondaryMuscles);
        exercise.Equipment = request.Equipment ?? exercise.Equipment;
        exercise.Kind = request.Kind ?? exercise.Kind;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return NameConflict(exercise.Name);
        }

        return TypedResults.Ok(ExerciseItem.From(exercise));
    }

    /// <summary>Deletes a custom exercise, or archives it when logged sets, plans or templates still point at it.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var exercise = await db.Exercises.VisibleTo(userId).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (exercise is null)
        {
            return Problems.NotFound("exercise");
        }

        if (!exercise.IsCustom)
        {
            return ReadOnly();
        }

        var inUse = await db.WorkoutSets.AnyAsync(s => s.ExerciseId == id, cancellationToken)
            || await db.TemplateExercises.AnyAsync(t => t.ExerciseId == id, cancellationToken)
            || await db.WorkoutPlanItems.AnyAsync(p => p.ExerciseId == id, cancellationToken)
            || await db.WorkoutExercises.AnyAsync(w => w.ExerciseId == id, cancellationToken);
        if (inUse)
        {
            exercise.Archive();
        }
        else
        {
            db.Exercises.Remove(exercise);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Every set of the exercise in the user's latest completed workout that has it, in the order they were done.</summary>
    private static async Task<Results<Ok<LastPerformance>, ProblemHttpResult>> GetLastPerformance(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        if (!await db.Exercises.VisibleTo(userId).AnyAsync(e => e.Id == id, cancellationToken))
        {
            return Problems.NotFound("exercise");
        }

        var last = await WorkoutQueries.LastPerformanceAsync(db, userId, id, before: null, cancellationToken);
        return last is null ? Problems.NotFound("completed workout with this exercise") : TypedResults.Ok(last);
    }

    private static Task<bool> NameTakenAsync(FitFolioDbContext db, Guid userId, string uniqueName, Guid exceptId, CancellationToken cancellationToken) =>
        db.Exercises.AnyAsync(e => e.UserId == userId && !e.IsArchived && e.UniqueName == uniqueName && e.Id != exceptId, cancellationToken);

    private static ProblemHttpResult NameConflict(string name) =>
        Problems.Conflict("Exercise name already used", $"You already have an exercise called \"{name}\".");

    private static ProblemHttpResult ReadOnly() =>
        Problems.Forbidden("Built-in exercises are read-only", "Create a custom exercise instead of changing a built-in one.");

    internal static void Muscles(ValidationErrors errors, string[]? muscles, string field, bool required)
    {
        if (muscles is null)
        {
            errors.Check(!required, field, "Required.");
            return;
        }

        errors.Check(!required || muscles.Length > 0, field, "Name at least one muscle.");
        for (var i = 0; i < muscles.Length; i++)
        {
            errors.Check(Catalogue.Muscles.Contains(muscles[i]), $"{field}[{i}]", $"Unknown muscle; allowed: {string.Join(", ", Catalogue.Muscles)}.");
        }
    }

    private static void Equipment(ValidationErrors errors, string? equipment, bool required) =>
        errors.Check(equipment is null ? !required : Catalogue.Equipment.Contains(equipment), "equipment",
            $"Must be one of: {string.Join(", ", Catalogue.Equipment)}.");

    private static string[] Distinct(string[] values) => [.. values.Distinct(StringComparer.Ordinal)];
}
