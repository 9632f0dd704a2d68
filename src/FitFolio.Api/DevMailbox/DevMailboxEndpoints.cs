using System.Net;
using FitFolio.Api.Infrastructure.Email;
using FitFolio.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FitFolio.Api.DevMailbox;

public sealed record DevMailboxItem(Guid Id, string To, string Subject, string TextBody, Uri? Link, DateTimeOffset SentAt);

public sealed record DevMailboxResponse(IReadOnlyList<DevMailboxItem> Items);

/// <param name="DevMailbox">Whether GET /dev/mailbox answers this client, so the SPA asks for it only where it exists.</param>
public sealed record InstanceResponse(bool DevMailbox);

public static class DevMailboxEndpoints
{
    /// <summary>
    /// `GET /dev/mailbox`: what the development outbox kept, newest first. Mapped only in Development and only when
    /// mail goes to the outbox; anywhere else the route does not exist (404 problem).
    /// </summary>
    public static RouteGroupBuilder MapDevMailboxEndpoints(this RouteGroupBuilder api)
    {
        var services = ((IEndpointRouteBuilder)api).ServiceProvider;
        var mapped = services.GetRequiredService<IHostEnvironment>().IsDevelopment() && services.GetService<DevelopmentOutbox>() is not null;
        // `GET /instance`: what this instance offers the client asking; public, and the same everywhere but Development.
        api.MapGet("/instance", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.Ok(new InstanceResponse(mapped && IsLocal(context)));
        }).WithTags("Instance");
        if (!mapped)
        {
            return api;
        }

        api.MapGet("/dev/mailbox", GetMailbox).WithTags("Development");
        return api;
    }

    // The items hold live sign-in links: only this machine may read them (no peer address means in-process or a Unix socket).
    private static bool IsLocal(HttpContext context) => context.Connection.RemoteIpAddress is not { } peer || IPAddress.IsLoopback(peer);

    private static Results<Ok<DevMailboxResponse>, ProblemHttpResult> GetMailbox(DevelopmentOutbox outbox, HttpContext context)
    {
        if (!IsLocal(context))
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
