using FitFolio.Api.Auth;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Account;

public sealed record DeleteAccountRequest(string? Confirm);

/// <summary>
/// DELETE /account: the user's row goes and every table that holds their rows cascades from it (sessions included, so
/// every device is signed out at once); magic links still pending for the address go too.
/// </summary>
public static class AccountDeletion
{
    public static RouteGroupBuilder MapAccountDeletion(this RouteGroupBuilder api)
    {
        var account = api.MapGroup("/account").WithTags("Account").RequireAuthorization();
        account.MapDelete("/", Delete);
        return account;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        [FromBody] DeleteAccountRequest request, HttpContext context, FitFolioDbContext db, Reauthentication reauth, SessionCookie cookie, CancellationToken cancellationToken)
    {
        if (!reauth.IsRecent(context.User))
        {
            return reauth.Required();
        }

        var userId = context.User.GetUserId();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Problems.NotFound("user");
        }

        if (request.Confirm is null || EmailAddress.Normalize(request.Confirm) != user.NormalizedEmail)
        {
            return Problems.Validation("confirm", "Type the account's email address to confirm.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.MagicLinkTokens.Where(t => t.NormalizedEmail == user.NormalizedEmail).ExecuteDeleteAsync(cancellationToken);
        // PostgreSQL checks each cascade step on its own: rows that point at the user's exercises must go before them.
        await db.Workouts.Where(w => w.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.ExerciseBars.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.EquipmentSettings.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Programs.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.DailyMetrics.Where(m => m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.ExerciseNotes.Where(n => n.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cookie.Delete(context);
        return TypedResults.NoContent();
    }
}
