namespace FitFolio.Api.Auth.MagicLinks;

/// <summary>
/// Decides whether a `next` value is a path on this site, so a sign-in link can never redirect elsewhere
/// (`//evil`, `/\evil`, `https:evil`, `javascript:`, and their percent-encoded forms are all refused).
/// </summary>
public static class LocalPath
{
    public const int MaxLength = 2048;

    public static bool IsSafe(string path)
    {
        if (path.Length is 0 or > MaxLength)
        {
            return false;
        }

        var current = path;
        // Browsers and routers may decode more than once; every decoded form must be a local path too.
        for (var round = 0; round < 4; round++)
        {
            if (!IsLocalAsWritten(current))
            {
                return false;
            }

            var decoded = Uri.UnescapeDataString(current);
            if (decoded == current)
            {
                return true;
            }

            current = decoded;
        }

        return false;
    }

    private static bool IsLocalAsWritten(string path) =>
        path[0] == '/'
        && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Any(c => char.IsControl(c) || c == '\\' || char.IsWhiteSpace(c));
}
