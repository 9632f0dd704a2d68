using FitFolio.Api.Admin;
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
/// every device is signed out at once); magic links still pending for the address go too. Invitations are instance
/// data: ones the user made or joined with stay, without the user. The last enabled admin cannot leave (409 `last_admin`).
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

        if (!await DeleteUserAsync(db, user, cancellationToken))
        {
            return LastAdmin();
        }

        cookie.Delete(context);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Deletes the user and every row of theirs in one transaction (also what an admin's delete runs); false, deleting
    /// nothing, when they are the instance's last enabled admin and other accounts remain.
    /// </summary>
    public static async Task<bool> DeleteUserAsync(FitFolioDbContext db, User user, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await InstanceAdmins.LockAsync(db, cancellationToken);
        // The only account may go (an empty instance makes its next account admin); otherwise others would have no admin.
        if (await InstanceAdmins.IsLastAdminAsync(db, user.Id, cancellationToken) && await db.Users.AnyAsync(u => u.Id != user.Id, cancellationToken))
        {
            return false;
        }

        await db.MagicLinkTokens.Where(t => t.NormalizedEmail == user.NormalizedEmail).ExecuteDeleteAsync(cancellationToken);
        // PostgreSQL checks each cascade step on its own: rows that point at the user's exercises must go before them.
        await db.Workouts.Where(w => w.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.ExerciseBars.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.EquipmentSettings.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Programs.Where(p => p.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.DailyMetrics.Where(m => m.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.ExerciseNotes.Where(n => n.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Users.Where(u => u.Id == user.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>409 `last_admin`: the change would leave the instance with no enabled admin.</summary>
    public static ProblemHttpResult LastAdmin() =>
        Problems.Problem(StatusCodes.Status409Conflict, ErrorCodes.LastAdmin, "This is the instance's last admin",
            "Make another account an admin first: an instance must keep at least one enabled admin.");
}
