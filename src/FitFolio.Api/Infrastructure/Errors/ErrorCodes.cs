namespace FitFolio.Api.Infrastructure.Errors;

/// <summary>The stable snake_case `code` member of every problem response (listed in docs/API.md).</summary>
public static class ErrorCodes
{
    public const string BadRequest = "bad_request";
    public const string MalformedRequest = "malformed_request";
    public const string ValidationFailed = "validation_failed";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string Conflict = "conflict";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string RateLimited = "rate_limited";
    public const string InternalError = "internal_error";
    public const string DependencyUnavailable = "dependency_unavailable";
    public const string StorageFull = "storage_full";
    public const string CsrfFailed = "csrf_failed";
    public const string HttpsRequired = "https_required";
    public const string InvalidToken = "invalid_token";
    public const string ConfirmationRequired = "confirmation_required";
    public const string ReauthRequired = "reauth_required";
    public const string InvalidChallenge = "invalid_challenge";
    public const string WebAuthnFailed = "webauthn_failed";
    public const string SignCountRegression = "sign_count_regression";
    public const string PasskeyAlreadyRegistered = "passkey_already_registered";
    public const string WorkoutInProgress = "workout_in_progress";
    public const string ExerciseHasSets = "exercise_has_sets";
    public const string InvalidImportFile = "invalid_import_file";
    public const string LastAdmin = "last_admin";
    public const string SignUpClosed = "sign_up_closed";

    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => BadRequest,
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => RateLimited,
        StatusCodes.Status503ServiceUnavailable => DependencyUnavailable,
        >= 500 => InternalError,
        _ => BadRequest,
    };
}
