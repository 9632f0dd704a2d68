using System.Net;
using FitFolio.Api.Infrastructure.Email;
using FitFolio.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FitFolio.Api.DevMailbox;

public sealed record DevMailboxItem(Guid Id, string To, string Subject, string TextBody, Uri? Link, DateTimeOffset SentAt);

public sealed record DevMailboxResponse(IReadOnlyList<DevMailboxItem> Items);

public static class DevMailboxEndpoints
{
    /// <summary>
    /// `GET /dev/mailbox`: what the development outbox kept, newest first. Mapped only in Development and only when
    /// mail goes to the outbox; anywhere else the route does not exist (404 problem).
    /// </summary>
    public static RouteGroupBuilder MapDevMailboxEndpoints(this RouteGroupBuilder api)
    {
        var services = ((IEndpointRouteBuilder)api).ServiceProvider;
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment() || services.GetService<DevelopmentOutbox>() is null)
        {
            return api;
        }

        api.MapGet("/dev/mailbox", GetMailbox).WithTags("Development");
        return api;
    }

    private static Results<Ok<DevMailboxResponse>, ProblemHttpResult> GetMailbox(DevelopmentOutbox outbox, HttpContext context)
    {
        // The items hold live sign-in links: only this machine may read them (no peer address means in-process or a Unix socket).
        if (context.Connection.RemoteIpAddress is { } peer && !IPAddress.IsLoopback(peer))
        {
            return Problems.NotFound();
        }

        context.Response.Headers.CacheControl = "no-store";
        var items = outbox.Messages
            .Select(m => new DevMailboxItem(m.Id, m.Message.To, m.Message.Subject, m.Message.TextBody, m.Message.Link, m.SentAt))
            .ToList();
        return TypedResults.Ok(new DevMailboxResponse(items));
    }
}
