using FitFolio.Api.Account;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Admin.Users;

/// <param name="LastSeenAt">The latest use of any of the user's sessions; null when they have none left.</param>
public sealed record AdminUserItem(
    Guid Id, string Email, string DisplayName, DateTimeOffset CreatedAt, DateTimeOffset? LastSeenAt, int WorkoutCount, bool IsAdmin, bool Disabled);

public sealed record AdminUserList(IReadOnlyList<AdminUserItem> Items);

/// <param name="Confirm">The account's email address, typed by the admin to confirm what is deleted.</param>
public sealed record AdminDeleteUserRequest(string? Confirm);

public static class AdminUserEndpoints
{
    public static RouteGroupBuilder MapAdminUserEndpoints(this RouteGroupBuilder admin)
    {
        var users = admin.MapGroup("/users");
        users.MapGet("/", List);
        users.MapPost("/{id:guid}/disable", (Guid id, HttpContext c, UserAdministration a, CancellationToken t) => Answer(a.SetDisabledAsync(id, true, AdminActor.From(c), t)));
        users.MapPost("/{id:guid}/enable", (Guid id, HttpContext c, UserAdministration a, CancellationToken t) => Answer(a.SetDisabledAsync(id, false, AdminActor.From(c), t)));
        users.MapPost("/{id:guid}/sign-out", (Guid id, HttpContext c, UserAdministration a, CancellationToken t) => Answer(a.SignOutEverywhereAsync(id, AdminActor.From(c), t)));
        users.MapPut("/{id:guid}/admin", (Guid id, HttpContext c, UserAdministration a, CancellationToken t) => Answer(a.SetAdminAsync(id, true, AdminActor.From(c), t)));
        users.MapDelete("/{id:guid}/admin", (Guid id, HttpContext c, UserAdministration a, CancellationToken t) => Answer(a.SetAdminAsync(id, false, AdminActor.From(c), t)));
        users.MapDelete("/{id:guid}", Delete);
        return admin;
    }

    /// <summary>Every account, oldest first, with what an admin needs to tell them apart (an instance has tens, not thousands).</summary>
    private static async Task<Ok<AdminUserList>> List(FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var items = await db.Users.AsNoTracking()
            .OrderBy(u => u.CreatedAt)
            .Select(u => new AdminUserItem(
                u.Id, u.Email, u.DisplayName, u.CreatedAt,
                db.Sessions.Where(s => s.UserId == u.Id).Max(s => (DateTimeOffset?)s.LastSeenAt),
                db.Workouts.Count(w => w.UserId == u.Id),
                u.IsAdmin, u.DisabledAt != null))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new AdminUserList(items));
    }

    /// <summary>Deletes the account with every workout, program and other row of theirs; the body must name its email.</summary>
    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] AdminDeleteUserRequest request, HttpContext context, FitFolioDbContext db, UserAdministration administration,
        CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Problems.NotFound("user");
        }

        if (request.Confirm is null || EmailAddress.Normalize(request.Confirm) != user.NormalizedEmail)
        {
            return Problems.Validation("confirm", "Type the account's email address to confirm.");
        }

        return await administration.DeleteAsync(user, AdminActor.From(context), cancellationToken) == AdminChange.Done
            ? TypedResults.NoContent() : AccountDeletion.LastAdmin();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Answer(Task<AdminChange> change) => await change switch
    {
        AdminChange.Done => TypedResults.NoContent(),
        AdminChange.NotFound => Problems.NotFound("user"),
        _ => AccountDeletion.LastAdmin(),
    };
}
