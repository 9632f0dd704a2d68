using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Http;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Auth.Audit;

public sealed record LoginEventItem(Guid Id, string Type, DateTimeOffset CreatedAt, string? IpAddress, string? UserAgent, JsonElement Extra);

public sealed record LoginEventPage(IReadOnlyList<LoginEventItem> Items, int Page, int PageSize, int Total);

public static class LoginEventEndpoints
{
    public static RouteGroupBuilder MapLoginEventEndpoints(this RouteGroupBuilder auth)
    {
        auth.MapGet("/events", ListEvents).RequireAuthorization();
        return auth;
    }

    /// <summary>The signed-in user's own sign-in activity, newest first.</summary>
    private static async Task<Results<Ok<LoginEventPage>, ValidationProblem>> ListEvents(
        HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken,
        [Range(1, 10_000)] int page = 1, [Range(1, 100)] int pageSize = 20)
    {
        var errors = new ValidationErrors();
        var paging = new Paging(page, pageSize);
        paging.Validate(errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var userId = context.User.GetUserId();
        var query = db.LoginEvents.AsNoTracking().Where(e => e.UserId == userId);
        var total = await query.CountAsync(cancellationToken);
        var rows = await paging.Of(query.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)).ToListAsync(cancellationToken);
        var items = rows.Select(e => new LoginEventItem(
            e.Id, e.EventType, e.CreatedAt, e.IpAddress?.ToString(), e.UserAgent, JsonDocument.Parse(e.Extra).RootElement.Clone())).ToList();
        return TypedResults.Ok(new LoginEventPage(items, page, pageSize, total));
    }
}
