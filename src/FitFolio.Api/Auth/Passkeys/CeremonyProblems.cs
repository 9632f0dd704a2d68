using System.Data.Common;
using System.Text.Json;
using Fido2NetLib;
using Fido2NetLib.Exceptions;
using FitFolio.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace FitFolio.Api.Auth.Passkeys;

/// <summary>The 4xx answers of a failed ceremony; `reason` is a short snake_case word, never the credential itself.</summary>
public static class CeremonyProblems
{
    public static ProblemHttpResult InvalidChallenge() => Problems.Problem(
        StatusCodes.Status400BadRequest, ErrorCodes.InvalidChallenge, "This passkey request has expired",
        "The challenge is unknown, expired or already used. Start again.");

    public static ProblemHttpResult Failed(string reason) => TypedResults.Problem(
        detail: "The passkey response could not be verified.",
        statusCode: StatusCodes.Status400BadRequest,
        title: "Passkey verification failed",
        extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.WebAuthnFailed, ["reason"] = reason });

    public static ProblemHttpResult SignCountRegression() => Problems.Problem(
        StatusCodes.Status400BadRequest, ErrorCodes.SignCountRegression, "This passkey may have been copied",
        "The authenticator's signature counter went backwards. Sign in another way and review your passkeys.");

    public static ProblemHttpResult AlreadyRegistered() => Problems.Problem(
        StatusCodes.Status400BadRequest, ErrorCodes.PasskeyAlreadyRegistered, "This passkey is already registered",
        "This authenticator's credential is already registered to an account.");

    /// <summary>
    /// Whether an exception out of verification is the client's fault (malformed or failing input: Fido2's own exceptions,
    /// CBOR, crypto, parsing) rather than ours or a dependency's, which must stay a 5xx.
    /// </summary>
    public static bool IsClientFault(Exception exception) =>
        exception is not (OperationCanceledException or DbException or DbUpdateException or RedisException or TimeoutException or OutOfMemoryException);

    public static string Reason(Exception exception) => exception switch
    {
        Fido2VerificationException { Code: not Fido2ErrorCode.Unknown } fido => JsonNamingPolicy.SnakeCaseLower.ConvertName(fido.Code.ToString()),
        Fido2VerificationException => "verification_failed",
        _ => "malformed_response",
    };
}
