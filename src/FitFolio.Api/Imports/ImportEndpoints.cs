using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Exercises;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Imports;

public sealed record ImportExerciseResponse(string SourceName, Guid? ExerciseId, string? ExerciseName, double Confidence, int SetCount, NewExercise? Create);

public sealed record ImportPreviewResponse(
    Guid Id, string Status, string Format, string Unit, int Workouts, int Sets, IReadOnlyList<ImportExerciseResponse> Exercises,
    IReadOnlyList<SkippedLine> Skipped, int SkippedTotal, DateTimeOffset CreatedAt, ImportResult? Result);

public sealed record ImportCommitResponse(
    string Status, int WorkoutsCreated, int SetsCreated, int WorkoutsAlreadyPresent, int ExercisesCreated, IReadOnlyList<SkippedLine> Skipped);

public sealed record ExerciseMappingRequest(string? SourceName, Guid? ExerciseId, NewExercise? Create);

public sealed record ImportMappingRequest(ExerciseMappingRequest[]? Exercises, string? Unit);

public static class ImportEndpoints
{
    /// <summary>Years of a heavy lifter's Strong history is a few megabytes; 50 MB leaves room and bounds the work.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>The multipart envelope (boundaries, part headers, the format field) around the file.</summary>
    private const long EnvelopeBytes = 64 * 1024;

    public static IServiceCollection AddImports(this IServiceCollection services) => services.AddScoped<ImportService>();

    public static RouteGroupBuilder MapImportEndpoints(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Imports").RequireAuthorization();
        // The CSRF middleware checks the X-CSRF-Token header before the body is read; the form binder's own check is redundant.
        imports.MapPost("/", Upload).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxFileBytes + EnvelopeBytes));
        imports.MapGet("/{id:guid}", Get);
        imports.MapPut("/{id:guid}/mapping", Map);
        imports.MapPost("/{id:guid}/commit", Commit);
        imports.MapDelete("/{id:guid}", Delete);
        return imports;
    }

    private static async Task<Results<Created<ImportPreviewResponse>, ValidationProblem, ProblemHttpResult>> Upload(
        IFormFile file, [FromForm] string? format, [FromForm] string? unit, HttpContext context, ImportService imports, FitFolioDbContext db,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(format is null || ImportFormats.All.Contains(format), "format", $"Must be one of: {string.Join(", ", ImportFormats.All)}.");
        errors.Check(unit is null or ImportUnits.Kg or ImportUnits.Lb, "unit", "Must be kg or lb.");
        errors.Check(file.Length <= MaxFileBytes, "file", $"Must be at most {MaxFileBytes / 1024 / 1024} MB.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        ImportPreview preview;
        try
        {
            await using var stream = file.OpenReadStream();
            preview = await imports.PreviewAsync(context.User.GetUserId(), stream, format, unit, cancellationToken);
        }
        catch (ImportFileException e)
        {
            return InvalidFile(e);
        }

        return TypedResults.Created($"/api/v1/imports/{preview.Id}", await ResponseAsync(db, preview, cancellationToken));
    }

    private static async Task<Results<Ok<ImportPreviewResponse>, ProblemHttpResult>> Get(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var preview = await FindAsync(db, context, id, cancellationToken);
        return preview is null ? Problems.NotFound("import") : TypedResults.Ok(await ResponseAsync(db, preview, cancellationToken));
    }

    private static async Task<Results<Ok<ImportPreviewResponse>, ValidationProblem, ProblemHttpResult>> Map(
        Guid id, ImportMappingRequest request, HttpContext context, ImportService imports, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var preview = await FindAsync(db, context, id, cancellationToken);
        if (preview is null)
        {
            return Problems.NotFound("import");
        }

        if (preview.Status != ImportStatus.Preview)
        {
            return Problems.Conflict("Import already committed", "A committed import cannot be mapped again.");
        }

        if (preview.Format == ImportFormats.FitFolio)
        {
            return Problems.Conflict("A FitFolio export keeps its exercises", "Its exercises are restored as they were; there is nothing to map.");
        }

        var exercises = preview.Exercises;
        var visible = (await imports.CandidatesAsync(preview.UserId, cancellationToken)).Select(c => c.Id).ToHashSet();
        var errors = new ValidationErrors();
        errors.Check(request.Unit is null or ImportUnits.Kg or ImportUnits.Lb, "unit", "Must be kg or lb.");
        var mappings = request.Exercises ?? [];
        for (var i = 0; i < mappings.Length; i++)
        {
            var mapping = mappings[i];
            var field = $"exercises[{i}]";
            var index = exercises.FindIndex(e => string.Equals(e.SourceName, mapping.SourceName, StringComparison.OrdinalIgnoreCase));
            errors.Check(index >= 0, $"{field}.sourceName", "Not an exercise name of this file.");
            errors.Check((mapping.ExerciseId is null) != (mapping.Create is null), field, "Give either exerciseId or create.");
            errors.Check(mapping.ExerciseId is null || visible.Contains(mapping.ExerciseId.Value), $"{field}.exerciseId", "No such exercise.");
            if (mapping.Create is { } create)
            {
                errors.Name(create.Name, $"{field}.create.name");
                ExerciseEndpoints.Muscles(errors, create.PrimaryMuscles, $"{field}.create.primaryMuscles", required: true);
                errors.Check(Catalogue.Equipment.Contains(create.Equipment), $"{field}.create.equipment", $"Must be one of: {string.Join(", ", Catalogue.Equipment)}.");
            }

            if (errors.IsValid)
            {
                exercises[index] = exercises[index] with
                {
                    ExerciseId = mapping.ExerciseId,
                    Confidence = 1,
                    Create = mapping.Create is { } c ? c with { Name = c.Name.Trim(), PrimaryMuscles = [.. c.PrimaryMuscles.Distinct()] } : null,
                };
            }
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        preview.Exercises = exercises;
        preview.Unit = request.Unit ?? preview.Unit;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ResponseAsync(db, preview, cancellationToken));
    }

    private static async Task<Results<Ok<ImportCommitResponse>, ProblemHttpResult>> Commit(
        Guid id, HttpContext context, ImportService imports, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var preview = await FindAsync(db, context, id, cancellationToken);
        if (preview is null)
        {
            return Problems.NotFound("import");
        }

        var result = preview.Result ?? await imports.CommitAsync(preview, cancellationToken);
        if (result is null)
        {
            return Problems.Conflict("This export can only be restored into an empty account",
                "The account already holds exercises, programs or workouts, or this export's rows already exist on this server.");
        }

        return TypedResults.Ok(new ImportCommitResponse(ImportStatus.Committed, result.WorkoutsCreated, result.SetsCreated, result.WorkoutsAlreadyPresent,
            result.ExercisesCreated, preview.Skipped));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var deleted = await db.ImportPreviews.Where(p => p.Id == id && p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Problems.NotFound("import") : TypedResults.NoContent();
    }

    private static Task<ImportPreview?> FindAsync(FitFolioDbContext db, HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        return db.ImportPreviews.SingleOrDefaultAsync(p => p.Id == id && p.UserId == userId, cancellationToken);
    }

    private static ProblemHttpResult InvalidFile(ImportFileException e)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.InvalidImportFile };
        if (e.Line is { } line)
        {
            extensions["line"] = line;
        }

        return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The file cannot be imported", extensions: extensions);
    }

    private static async Task<ImportPreviewResponse> ResponseAsync(FitFolioDbContext db, ImportPreview preview, CancellationToken cancellationToken)
    {
        var exercises = preview.Exercises;
        var ids = exercises.Where(e => e.ExerciseId is not null).Select(e => e.ExerciseId!.Value).ToList();
        var names = await db.Exercises.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        return new ImportPreviewResponse(preview.Id, preview.Status, preview.Format, preview.Unit, preview.WorkoutCount, preview.SetCount,
            [.. exercises.Select(e => new ImportExerciseResponse(e.SourceName, e.ExerciseId, e.ExerciseId is { } id ? names.GetValueOrDefault(id) : null,
                e.Confidence, e.SetCount, e.Create))],
            preview.Skipped, preview.SkippedCount, preview.CreatedAt, preview.Result);
    }
}
