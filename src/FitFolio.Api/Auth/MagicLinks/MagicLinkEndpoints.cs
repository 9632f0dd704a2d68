using System.Net.Mail;
using FitFolio.Api.Account;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Auth.RateLimits;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FitFolio.Api.Auth.MagicLinks;

/// <param name="Invitation">The token of an invitation link, for an address that could not join without one.</param>
public sealed record MagicLinkStartRequest(string? Email, string? Next, string? Invitation = null);

public sealed record MagicLinkStartResponse(string Message);

/// <param name="Confirm">True when the user confirmed, on a link opened in another browser than the one that asked for it.</param>
public sealed record MagicLinkVerifyRequest(string? Token, bool? Confirm = null);

public sealed record MagicLinkVerifyResponse(UserResponse User, string Next);

public static class MagicLinkEndpoints
{
    public const int MaxEmailLength = 254;

    public static RouteGroupBuilder MapMagicLinkEndpoints(this RouteGroupBuilder auth)
    {
        var links = auth.MapGroup("/magic-link");
        links.MapPost("/start", Start).RequireRateLimiting(AuthRateLimits.MagicLinkStart);
        links.MapPost("/verify", Verify).RequireRateLimiting(AuthRateLimits.MagicLinkVerify);
        return auth;
    }

    /// <summary>Sends a sign-in link. The answer is the same for every well-formed address: known or not, admitted by the sign-up policy or not.</summary>
    private static async Task<Results<Accepted<MagicLinkStartResponse>, ValidationProblem, EmptyHttpResult>> Start(
        MagicLinkStartRequest request, HttpContext context, MagicLinkService links, EmailRateLimiter perEmail, LoginAudit audit, LinkRequestCookie requester,
        Microsoft.Extensions.Options.IOptions<Infrastructure.Configuration.AuthOptions> options, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var retryAfter = await perEmail.TryAcquireAsync(EmailAddress.Normalize(request.Email!), AuthRateLimits.ClientKey(context), cancellationToken);
        if (retryAfter is not null)
        {
            await AuthRateLimits.WriteRejectionAsync(context, "magic-link-email", retryAfter.Value, cancellationToken);
            return TypedResults.Empty;
        }

        var started = await links.StartAsync(request.Email!, request.Next, request.Invitation, context.Connection.RemoteIpAddress, requester.Issue(context), cancellationToken);
        await audit.RecordAsync(LoginEventTypes.MagicLinkRequested, started.UserId, context,
            started.Refusal is null ? null : new { refused = started.Refusal }, cancellationToken);
        var minutes = options.Value.MagicLinkTtlMinutes;
        return TypedResults.Accepted((string?)null, new MagicLinkStartResponse(
            $"If that address can receive mail, a sign-in link is on its way. It works once, for {minutes} minutes."));
    }

    /// <summary>
    /// Redeems a link: the SPA posts the token from script, so a scanner that only GETs the URL cannot spend it. A link
    /// opened in another browser than the one that asked for it is a 409 `confirmation_required` naming the masked
    /// address, and stays unspent until the user confirms (login CSRF: an attacker mailing the victim their own link).
    /// </summary>
    private static async Task<Results<Ok<MagicLinkVerifyResponse>, ProblemHttpResult>> Verify(
        MagicLinkVerifyRequest request, HttpContext context, MagicLinkService links, SignIn signIn, LoginAudit audit, LinkRequestCookie requester,
        CancellationToken cancellationToken)
    {
        if (request.Confirm != true && await links.FindRedeemableAsync(request.Token ?? "", cancellationToken) is { } link
            && !requester.IsFromRequestingBrowser(context, link.BrowserBindingHash))
        {
            return Problems.Problem(StatusCodes.Status409Conflict, ErrorCodes.ConfirmationRequired, "Confirm this sign-in",
                "This link was asked for in another browser. Continue only if you asked for it.",
                new Dictionary<string, object?> { ["email"] = EmailAddress.Mask(link.Email) });
        }

        var redemption = await links.RedeemAsync(request.Token ?? "", cancellationToken);
        if (redemption.User is null)
        {
            await audit.RecordOncePerWindowAsync(LoginEventTypes.SignInFailed, $"magic_link:{AuthRateLimits.ClientKey(context)}", AuthRateLimits.Window, context,
                new { method = "magic_link", reason = redemption.Failure.ToString()!.ToLowerInvariant() }, cancellationToken);
            return Problems.Problem(StatusCodes.Status400BadRequest, ErrorCodes.InvalidToken, "This sign-in link cannot be used",
                "It has expired, was already used, or a newer link replaced it. Ask for a new one.");
        }

        await signIn.CompleteAsync(context, redemption.User.Id, "magic_link", cancellationToken);
        return TypedResults.Ok(new MagicLinkVerifyResponse(UserResponse.From(redemption.User), redemption.Next));
    }

    private static Dictionary<string, string[]> Validate(MagicLinkStartRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (EmailProblem(request.Email) is { } problem)
        {
            errors["email"] = [problem];
        }

        if (request.Next is not null && !LocalPath.IsSafe(request.Next))
        {
            errors["next"] = ["Must be a path on this site, starting with a single '/'."];
        }

        return errors;
    }

    /// <summary>Null when the address can be mailed and keyed on; else what is wrong with it (also used for invitations).</summary>
    public static string? EmailProblem(string? raw)
    {
        var email = raw?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            return "Enter your email address.";
        }

        if (raw!.Any(char.IsControl))
        {
            return "The email address contains a line break or another control character.";
        }

        if (EmailAddress.Problem(email) is { } problem)
        {
            return problem;
        }

        var canonical = EmailAddress.Canonical(email);
        return canonical.Length > MaxEmailLength || !IsPlainAddress(canonical) ? "Enter an email address like name@example.com." : null;
    }

    // A bare address only: no display name ("Eve <eve@x>"), comments, quoting or lists — one mailbox, as typed.
    private static bool IsPlainAddress(string email) =>
        MailAddress.TryCreate(email, out var parsed) && string.IsNullOrEmpty(parsed.DisplayName)
        && email.Count(c => c == '@') == 1 && !email.Any(c => char.IsWhiteSpace(c) || "<>()[]\\,;:\"".Contains(c));
}
