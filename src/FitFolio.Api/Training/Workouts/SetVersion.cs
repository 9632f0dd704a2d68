using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FitFolio.Api.Training.Workouts;

/// <summary>
/// A set's version: a digest of what it holds. A client sends back the version it last saw with a PUT, so the server can
/// tell it replaced an edit made elsewhere since (last writer wins, but the writer is told). Derived from the content, it
/// needs no column, and a retried PUT (same content again) is never mistaken for a conflict.
/// </summary>
public static class SetVersion
{
    public const int MaxLength = 64;

    public static string Of(WorkoutSet set)
    {
        // Milliseconds: what a browser's clock holds, and what every provider stores without rounding.
        var completedAt = set.CompletedAt.ToUnixTimeMilliseconds();
        var content = string.Join('|',
            set.ExerciseId.ToString("N"), set.Reps.ToString(CultureInfo.InvariantCulture), set.WeightKg.ToString("R", CultureInfo.InvariantCulture),
            set.Rpe?.ToString("R", CultureInfo.InvariantCulture), set.SetType, set.Notes, completedAt.ToString(CultureInfo.InvariantCulture),
            set.DurationSeconds?.ToString(CultureInfo.InvariantCulture), set.DistanceM?.ToString("R", CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)), 0, 12);
    }
}
