using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

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
        // Notes are capped well below the stack buffer's size; the heap is only for a row written before a cap existed.
        var maxBytes = 256 + Encoding.UTF8.GetMaxByteCount(set.Notes?.Length ?? 0);
        Span<byte> content = maxBytes <= 1024 ? stackalloc byte[1024] : new byte[maxBytes];
        // The fields joined by '|', an absent one empty; milliseconds: what a browser's clock holds, and what every
        // provider stores without rounding. Written straight as UTF-8: this runs for every set of every workout read.
        if (!Utf8.TryWrite(content, CultureInfo.InvariantCulture,
            $"{set.ExerciseId:N}|{set.Reps}|{set.WeightKg:R}|{set.Rpe:R}|{set.SetType}|{set.Notes}|{set.CompletedAt.ToUnixTimeMilliseconds()}|{set.DurationSeconds}|{set.DistanceM:R}",
            out var length))
        {
            throw new InvalidOperationException("A set's version content outgrew its buffer.");
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content[..length], digest);
        return Convert.ToHexStringLower(digest[..12]);
    }
}
