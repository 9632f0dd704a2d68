using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Auth.RateLimits;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Auth.Passkeys;

public sealed record RenamePasskeyRequest(string? Nickname);

/// <summary>The WebAuthn ceremonies (docs/API.md) and the signed-in user's passkey list.</summary>
public static class PasskeyEndpoints
{
    public static RouteGroupBuilder MapPasskeyEndpoints(this RouteGroupBuilder auth)
    {
        var webauthn = auth.MapGroup("/webauthn");
        webauthn.MapPost("/register/start", StartRegistration).RequireAuthorization().RequireRateLimiting(AuthRateLimits.WebAuthnStart);
        webauthn.MapPost("/register/finish", FinishRegistration).RequireAuthorization().RequireRateLimiting(AuthRateLimits.WebAuthnFinish);
        webauthn.MapPost("/authenticate/start", StartAuthentication).RequireRateLimiting(AuthRateLimits.WebAuthnStart);
        webauthn.MapPost("/authenticate/finish", FinishAuthentication).RequireRateLimiting(AuthRateLimits.WebAuthnFinish);

        auth.MapGet("/passkeys", ListPasskeys).RequireAuthorization();
        auth.MapPatch("/passkeys/{id:guid}", RenamePasskey).RequireAuthorization();
        auth.MapDelete("/passkeys/{id:guid}", RemovePasskey).RequireAuthorization();
        return auth;
    }

    /// <summary>Adding a passkey is a sensitive action: it needs a sign-in within Auth:ReauthMinutes.</summary>
    private static async Task<Results<Ok<CeremonyStart>, ProblemHttpResult>> StartRegistration(
        HttpContext context, FitFolioDbContext db, Reauthentication reauth, PasskeyRegistration registration, CancellationToken cancellationToken)
    {
        if (!reauth.IsRecent(context.User))
        {
            return reauth.Required();
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == context.User.GetUserId(), cancellationToken);
        return user is null ? Problems.NotFound("user") : TypedResults.Ok(await registration.StartAsync(user, cancellationToken));
    }

    /// <summary>Checked again at finish: a ceremony started inside the window must not add a passkey after it closed.</summary>
    private static async Task<Results<Created<RegisteredPasskeyResponse>, ProblemHttpResult, ValidationProblem>> FinishRegistration(
        RegisterFinishRequest request, HttpContext context, Reauthentication reauth, PasskeyRegistration registration, CancellationToken cancellationToken)
    {
        if (!reauth.IsRecent(context.User))
        {
            return reauth.Required();
        }

        var nickname = request.Nickname is null ? PasskeyRegistration.DefaultNickname : request.Nickname.Trim();
        if (Nickname.Problem(nickname) is { } problem)
        {
            return Problems.Validation("nickname", problem);
        }

        return (await registration.FinishAsync(context, request, nickname, cancellationToken)).Result switch
        {
            Created<RegisteredPasskeyResponse> created => created,
            ProblemHttpResult failed => failed,
            var other => throw new InvalidOperationException($"unexpected result {other.GetType()}"),
        };
    }

    private static async Task<Results<Ok<CeremonyStart>, ValidationProblem>> StartAuthentication(
        AuthenticateStartRequest? request, PasskeySignIn passkeySignIn, CancellationToken cancellationToken)
    {
        if (request?.Email is { Length: > 320 })
        {
            return Problems.Validation("email", "An email address has at most 320 characters.");
        }

        return TypedResults.Ok(await passkeySignIn.StartAsync(request?.Email, cancellationToken));
    }

    private static Task<Results<Ok<Account.UserEnvelope>, ProblemHttpResult>> FinishAuthentication(
        AuthenticateFinishRequest request, HttpContext context, PasskeySignIn passkeySignIn, CancellationToken cancellationToken) =>
        passkeySignIn.FinishAsync(context, request, cancellationToken);

    private static async Task<PasskeyList> ListPasskeys(HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var credentials = await db.WebAuthnCredentials.AsNoTracking().Where(c => c.UserId == userId).ToListAsync(cancellationToken);
        return new PasskeyList([.. credentials.OrderBy(c => c.CreatedAt).Select(PasskeyResponse.From)]);
    }

    private static async Task<Results<Ok<PasskeyResponse>, ProblemHttpResult, ValidationProblem>> RenamePasskey(
        Guid id, RenamePasskeyRequest request, HttpContext context, FitFolioDbContext db, LoginAudit audit, CancellationToken cancellationToken)
    {
        var nickname = request.Nickname?.Trim() ?? "";
        if (Nickname.Problem(nickname) is { } problem)
        {
            return Problems.Validation("nickname", problem);
        }

        var userId = context.User.GetUserId();
        var credential = await db.WebAuthnCredentials.SingleOrDefaultAsync(c => c.Id == id && c.UserId == userId, cancellationToken);
        if (credential is null)
        {
            return Problems.NotFound("passkey");
        }

        var previous = credential.Nickname;
        credential.Nickname = nickname;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(LoginEventTypes.PasskeyRenamed, userId, context, new { passkeyId = id, previous, nickname }, cancellationToken);
        return TypedResults.Ok(PasskeyResponse.From(credential));
    }

    /// <summary>Removing a passkey is a sensitive action: it needs a sign-in within Auth:ReauthMinutes.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RemovePasskey(
        Guid id, HttpContext context, FitFolioDbContext db, Reauthentication reauth, LoginAudit audit, CancellationToken cancellationToken)
    {
        if (!reauth.IsRecent(context.User))
        {
            return reauth.Required();
        }

        var userId = context.User.GetUserId();
        var credential = await db.WebAuthnCredentials.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.UserId == userId, cancellationToken);
        if (credential is null || await db.WebAuthnCredentials.Where(c => c.Id == id && c.UserId == userId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return Problems.NotFound("passkey");
        }

        await audit.RecordAsync(LoginEventTypes.PasskeyRemoved, userId, context, new { passkeyId = id, credential.Nickname }, cancellationToken);
        return TypedResults.NoContent();
    }
}

/// <summary>A passkey's name as the user sees it in their list: 1–100 characters, no control or bidi-override characters.</summary>
public static class Nickname
{
    public const int MaxLength = 100;

    public static string? Problem(string nickname)
    {
        if (StorableText.Problem(nickname) is { } unstorable)
        {
            return unstorable;
        }

        if (nickname.Length is 0 or > MaxLength)
        {
            return $"A passkey name has 1 to {MaxLength} characters.";
        }

        return nickname.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            ? "A passkey name cannot contain control characters."
            : null;
    }
}
