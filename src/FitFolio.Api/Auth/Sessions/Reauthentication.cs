using System.Security.Claims;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FitFolio.Api.Auth.Sessions;

/// <summary>Sensitive actions need a sign-in within Auth:ReauthMinutes (default 10).</summary>
public sealed class Reauthentication(TimeProvider time, IOptions<AuthOptions> options)
{
    public bool IsRecent(ClaimsPrincipal user) =>
        time.GetUtcNow() - user.GetAuthenticatedAt() <= TimeSpan.FromMinutes(options.Value.ReauthMinutes);

    public ProblemHttpResult Required() => Problems.Problem(
        StatusCodes.Status403Forbidden, ErrorCodes.ReauthRequired, "Please sign in again",
        $"For your safety this needs a sign-in from the last {options.Value.ReauthMinutes} minutes.");
}
