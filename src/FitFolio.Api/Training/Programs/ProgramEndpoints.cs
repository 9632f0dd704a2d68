using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Programs;

public sealed record TemplateSummary(Guid Id, string Name, int Position, int ExerciseCount);

public sealed record ProgramResponse(
    Guid Id, string Name, string? Description, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<TemplateSummary> Templates)
{
    public static ProgramResponse From(TrainingProgram p) => new(p.Id, p.Name, p.Description, p.CreatedAt, p.UpdatedAt,
        [.. p.Templates.OrderBy(t => t.Position).Select(t => new TemplateSummary(t.Id, t.Name, t.Position, t.Exercises.Count))]);
}

public sealed record ProgramList(IReadOnlyList<ProgramResponse> Items);

public sealed record ProgramRequest(string? Name, string? Description);

public static class ProgramEndpoints
{
    public static RouteGroupBuilder MapProgramEndpoints(this RouteGroupBuilder api)
    {
        var programs = api.MapGroup("/programs").WithTags("Programs").RequireAuthorization();
        programs.MapPost("/", Create);
        programs.MapGet("/", List);
        programs.MapGet("/{id:guid}", Get);
        programs.MapPatch("/{id:guid}", Update);
        programs.MapDelete("/{id:guid}", Delete);
        programs.MapPost("/{id:guid}/duplicate", Duplicate);
        programs.MapTemplateEndpoints();
        programs.MapSaveAsTemplateEndpoint();
        return programs;
    }

    /// <summary>A program of the user with its templates and their exercises, tracked for changes.</summary>
    internal static Task<TrainingProgram?> FindAsync(FitFolioDbContext db, Guid userId, Guid id, CancellationToken cancellationToken) =>
        db.Programs.Include(p => p.Templates).ThenInclude(t => t.Exercises)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id && p.UserId == userId, cancellationToken);

    private static async Task<Results<Created<ProgramResponse>, ValidationProblem>> Create(
        ProgramRequest request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = Validate(request, nameRequired: true);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var now = time.GetUtcNow();
        var program = new TrainingProgram
        {
            UserId = context.User.GetUserId(),
            Name = request.Name!.Trim(),
            Description = EmptyToNull(request.Description),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Programs.Add(program);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/programs/{program.Id}", ProgramResponse.From(program));
    }

    private static async Task<ProgramList> List(HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var programs = await db.Programs.AsNoTracking().Include(p => p.Templates).ThenInclude(t => t.Exercises).AsSplitQuery()
            .Where(p => p.UserId == userId)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return new ProgramList([.. programs.Select(ProgramResponse.From)]);
    }

    private static async Task<Results<Ok<ProgramResponse>, ProblemHttpResult>> Get(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var program = await FindAsync(db, context.User.GetUserId(), id, cancellationToken);
        return program is null ? Problems.NotFound("program") : TypedResults.Ok(ProgramResponse.From(program));
    }

    private static async Task<Results<Ok<ProgramResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, ProgramRequest request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var program = await FindAsync(db, context.User.GetUserId(), id, cancellationToken);
        if (program is null)
        {
            return Problems.NotFound("program");
        }

        var errors = Validate(request, nameRequired: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        program.Name = request.Name?.Trim() ?? program.Name;
        program.Description = request.Description is null ? program.Description : EmptyToNull(request.Description);
        program.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProgramResponse.From(program));
    }

    /// <summary>Deletes the program and its templates; workouts started from them keep their copied plan.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var program = await db.Programs.SingleOrDefaultAsync(p => p.Id == id && p.UserId == userId, cancellationToken);
        if (program is null)
        {
            return Problems.NotFound("program");
        }

        db.Programs.Remove(program);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<ProgramResponse>, ProblemHttpResult>> Duplicate(
        Guid id, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var program = await FindAsync(db, context.User.GetUserId(), id, cancellationToken);
        if (program is null)
        {
            return Problems.NotFound("program");
        }

        var copy = program.Duplicate(time.GetUtcNow());
        db.Programs.Add(copy);
        await db.SaveChangesAsync(cancellationToken); // one SaveChanges: the program, templates and exercises in one transaction
        return TypedResults.Created($"/api/v1/programs/{copy.Id}", ProgramResponse.From(copy));
    }

    private static ValidationErrors Validate(ProgramRequest request, bool nameRequired)
    {
        var errors = new ValidationErrors();
        errors.Name(request.Name, "name", required: nameRequired);
        errors.Text(request.Description, "description", 2000);
        return errors;
    }

    private static string? EmptyToNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
