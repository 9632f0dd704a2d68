using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Analytics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FitFolio.Api.Account;

/// <param name="PlateStepKg">The smallest load step in kg, 0.1–50 (e.g. 1.25, or 2.26796185 for 5 lb).</param>
/// <param name="E1rmFormula">epley (default), brzycki or rpe: how records and progress estimate a one-rep max.</param>
public sealed record UpdateAccountRequest(string? DisplayName, string? Unit, string? TimeZone, double? PlateStepKg, string? E1rmFormula);

public static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var account = api.MapGroup("/account").WithTags("Account").RequireAuthorization();
        account.MapGet("/", Get);
        account.MapPatch("/", Update);
        return account;
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Get(HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.FindAsync([context.User.GetUserId()], cancellationToken);
        return user is null ? Problems.NotFound("user") : TypedResults.Ok(UserResponse.From(user));
    }

    private static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> Update(
        UpdateAccountRequest request, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.FindAsync([context.User.GetUserId()], cancellationToken);
        if (user is null)
        {
            return Problems.NotFound("user");
        }

        var errors = new ValidationErrors();
        errors.Name(request.DisplayName, "displayName", required: false);
        errors.Check(request.Unit is null or "kg" or "lb", "unit", "Must be kg or lb.");
        errors.Check(request.PlateStepKg is null or >= 0.1 and <= 50, "plateStepKg", "Must be from 0.1 to 50 kg.");
        errors.Check(request.E1rmFormula is null || E1rmFormulas.All.Contains(request.E1rmFormula), "e1rmFormula", $"Must be one of: {string.Join(", ", E1rmFormulas.All)}.");
        TimeZoneInfo? zone = null;
        // IANA only ("Europe/Paris"): a Windows name would be found on Linux too, but the SPA's Intl cannot read it.
        errors.Check(request.TimeZone is null || (TimeZoneInfo.TryFindSystemTimeZoneById(request.TimeZone, out zone) && zone.HasIanaId),
            "timeZone", "Must be an IANA time zone such as Europe/Paris.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        user.DisplayName = request.DisplayName?.Trim() ?? user.DisplayName;
        user.Unit = request.Unit switch { "kg" => WeightUnit.Kg, "lb" => WeightUnit.Lb, _ => user.Unit };
        user.PlateStepKg = request.PlateStepKg ?? user.PlateStepKg;
        user.E1rmFormula = request.E1rmFormula ?? user.E1rmFormula;
        if (zone is not null)
        {
            user.ChooseTimeZone(zone.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(UserResponse.From(user));
    }
}
