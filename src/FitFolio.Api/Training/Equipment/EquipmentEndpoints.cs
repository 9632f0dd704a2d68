using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Exercises;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Equipment;

/// <param name="Bar">barbell, womens_bar, trap_bar, ez_bar or none.</param>
public sealed record ExerciseBarResponse(Guid ExerciseId, string Bar);

/// <param name="Kg">The kg bars and plates (weights in kg).</param>
/// <param name="Lb">The lb bars and plates (weights in lb).</param>
/// <param name="WarmupRamp">1–8 steps; a null percent is the empty bar.</param>
/// <param name="ExerciseBars">Exercises whose bar the lifter chose instead of the one their equipment suggests.</param>
public sealed record EquipmentResponse(PlateKit Kg, PlateKit Lb, IReadOnlyList<RampStep> WarmupRamp, IReadOnlyList<ExerciseBarResponse> ExerciseBars);

public sealed record UpdateEquipmentRequest(PlateKit? Kg, PlateKit? Lb, IReadOnlyList<RampStep>? WarmupRamp);

public sealed record ChooseBarRequest(string? Bar);

public static class EquipmentEndpoints
{
    public static RouteGroupBuilder MapEquipmentEndpoints(this RouteGroupBuilder api)
    {
        var equipment = api.MapGroup("/equipment").WithTags("Equipment").RequireAuthorization();
        equipment.MapGet("/", Get);
        equipment.MapPut("/", Update);
        equipment.MapPut("/exercises/{exerciseId:guid}", ChooseBar);
        equipment.MapDelete("/exercises/{exerciseId:guid}", ForgetBar);
        api.MapWarmupEndpoints();
        return equipment;
    }

    private static async Task<Ok<EquipmentResponse>> Get(HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var settings = await LoadAsync(db, userId, cancellationToken);
        return TypedResults.Ok(await ResponseAsync(db, settings, cancellationToken));
    }

    private static async Task<Results<Ok<EquipmentResponse>, ValidationProblem>> Update(
        UpdateEquipmentRequest request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        EquipmentRules.Kit(errors, request.Kg, "kg");
        EquipmentRules.Kit(errors, request.Lb, "lb");
        EquipmentRules.Ramp(errors, request.WarmupRamp, "warmupRamp");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var userId = context.User.GetUserId();
        var settings = await db.EquipmentSettings.SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (settings is null)
        {
            settings = EquipmentSettings.Defaults(userId);
            db.EquipmentSettings.Add(settings);
        }

        settings.Kg = EquipmentRules.Tidy(request.Kg!);
        settings.Lb = EquipmentRules.Tidy(request.Lb!);
        settings.WarmupRamp = [.. request.WarmupRamp!];
        settings.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // A concurrent first save made the row: this request's values win, as the later PUT.
            db.ChangeTracker.Clear();
            return await Update(request, context, db, time, cancellationToken);
        }

        return TypedResults.Ok(await ResponseAsync(db, settings, cancellationToken));
    }

    private static async Task<Results<Ok<ExerciseBarResponse>, ValidationProblem, ProblemHttpResult>> ChooseBar(
        Guid exerciseId, ChooseBarRequest request, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        if (!await db.Exercises.VisibleTo(userId).AnyAsync(e => e.Id == exerciseId, cancellationToken))
        {
            return Problems.NotFound("exercise");
        }

        if (request.Bar is null || !Bars.All.Contains(request.Bar))
        {
            return Problems.Validation("bar", $"Must be one of: {string.Join(", ", Bars.All)}.");
        }

        var choice = await db.ExerciseBars.SingleOrDefaultAsync(c => c.UserId == userId && c.ExerciseId == exerciseId, cancellationToken);
        if (choice is null)
        {
            db.ExerciseBars.Add(choice = new ExerciseBar { UserId = userId, ExerciseId = exerciseId });
        }

        choice.Bar = request.Bar;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return await ChooseBar(exerciseId, request, context, db, cancellationToken);
        }

        return TypedResults.Ok(new ExerciseBarResponse(exerciseId, choice.Bar));
    }

    /// <summary>Back to the bar the exercise's equipment suggests; forgetting a choice never made is not an error.</summary>
    private static async Task<NoContent> ForgetBar(Guid exerciseId, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        await db.ExerciseBars.Where(c => c.UserId == userId && c.ExerciseId == exerciseId).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<EquipmentSettings> LoadAsync(FitFolioDbContext db, Guid userId, CancellationToken cancellationToken) =>
        await db.EquipmentSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken) ?? EquipmentSettings.Defaults(userId);

    private static async Task<EquipmentResponse> ResponseAsync(FitFolioDbContext db, EquipmentSettings settings, CancellationToken cancellationToken)
    {
        var bars = await db.ExerciseBars.AsNoTracking().Where(c => c.UserId == settings.UserId).OrderBy(c => c.ExerciseId)
            .Select(c => new ExerciseBarResponse(c.ExerciseId, c.Bar)).ToListAsync(cancellationToken);
        return new EquipmentResponse(settings.Kg, settings.Lb, settings.WarmupRamp, bars);
    }
}
