using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using FitFolio.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Serilog;

namespace FitFolio.Api.Auth.Sessions;

/// <summary>Authenticates requests by the session cookie; answers 401/403 as problem details, never with a redirect.</summary>
public sealed class SessionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SessionTokenService sessions,
    SessionCookie cookie,
    IProblemDetailsService problems,
    IDiagnosticContext requestLog) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Session";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = cookie.Read(Context);
        if (string.IsNullOrEmpty(token))
        {
            return AuthenticateResult.NoResult();
        }

        var validated = await sessions.ValidateAsync(token, Context.RequestAborted);
        if (validated is null)
        {
            // A request that lost a rotation race must not delete the cookie that now holds the new token.
            if (!await sessions.IsSupersededAsync(token, Context.RequestAborted))
            {
                cookie.Delete(Context);
            }

            return AuthenticateResult.Fail("invalid or expired session");
        }

        var session = validated.Session;
        if (validated.RotatedToken is not null)
        {
            cookie.Write(Context, validated.RotatedToken, session.ExpiresAt);
        }

        SessionCookie.RememberCurrent(Context, validated.RotatedToken ?? token);
        SignedInUser.Remember(Context, validated.User);
        // Set here, while the request runs, rather than read back from HttpContext.User once the response is done.
        requestLog.Set("UserId", session.UserId.ToString());

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, session.UserId.ToString()),
            new Claim(CurrentUser.SessionIdClaim, session.Id.ToString()),
            new Claim(CurrentUser.AuthenticatedAtClaim, session.AuthenticatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
        ], SchemeName);
        if (validated.IsAdmin)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, Admin.InstanceAdmins.Role));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized, "Sign in to continue", "You are not signed in, or your session has ended.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "Not allowed", null);

    private async Task WriteProblemAsync(int status, string code, string title, string? detail)
    {
        Response.StatusCode = status;
        Response.Headers.CacheControl = "no-store";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } },
        });
    }
}
