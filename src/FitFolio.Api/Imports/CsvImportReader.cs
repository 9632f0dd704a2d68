using System.Text;
using FitFolio.Api.Training.Workouts;
using nietras.SeparatedValues;

namespace FitFolio.Api.Imports;

/// <summary>
/// Streams a Strong or Hevy CSV export row by row (Sep, with the separator detected from the header), so a 50 MB file
/// is never held in memory. Structural damage stops the import with the line; a row with an unreadable value is
/// reported as skipped and the rest go on.
/// </summary>
public static class CsvImportReader
{
    private const int SniffBytes = 4096;

    /// <summary>The format named (or detected from the header) and the file's rows; the stream must be seekable.</summary>
    public static (string Format, IEnumerable<ImportRow> Rows) Read(Stream stream, string? format, TimeZoneInfo zone)
    {
        EnsureText(stream);
        var reader = Sep.Reader(o => o with
        {
            Unescape = true,
            Trim = SepTrim.All,
            ColNameComparer = StringComparer.OrdinalIgnoreCase,
        }).From(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true));
        var header = reader.Header;
        var detected = HevyLayout.Matches(header) ? ImportFormats.Hevy : StrongLayout.Matches(header) ? ImportFormats.Strong : null;
        if (detected is null || (format is not null && format != detected))
        {
            reader.Dispose();
            throw new ImportFileException(format is null
                ? "This is not a Strong or Hevy CSV export: its first line does not name the columns they write."
                : $"This is not a {format} CSV export: its first line does not name the columns that app writes.", 1);
        }

        return (detected, detected == ImportFormats.Hevy ? HevyLayout.Rows(reader, zone) : StrongLayout.Rows(reader, zone));
    }

    /// <summary>Refuses binary files (images, spreadsheets, archives) before any parsing: text never holds NUL bytes.</summary>
    private static void EnsureText(Stream stream)
    {
        var buffer = new byte[SniffBytes];
        var read = stream.ReadAtLeast(buffer, SniffBytes, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read == 0)
        {
            throw new ImportFileException("The file is empty.", 1);
        }

        if (buffer.AsSpan(0, read).Contains((byte)0))
        {
            throw new ImportFileException("This is not a CSV file: it holds binary data.");
        }
    }

    /// <summary>Enumerates rows, turning Sep's structural errors (a row with too many or too few cells) into the line they start on.</summary>
    internal static IEnumerable<T> Each<T>(SepReader reader, Func<SepReader.Row, T> read)
    {
        using (reader)
        {
            var nextLine = 2;
            while (true)
            {
                T item;
                try
                {
                    if (!reader.MoveNext())
                    {
                        yield break;
                    }

                    var row = reader.Current;
                    nextLine = row.LineNumberToExcl;
                    item = read(row);
                }
                catch (InvalidDataException e)
                {
                    throw new ImportFileException($"Line {nextLine} is not valid CSV: {FirstSentence(e.Message)}", nextLine);
                }

                yield return item;
            }
        }
    }

    /// <summary>The checks every set passes whatever its source; null when the set is acceptable.</summary>
    internal static string? Problem(string exercise, int? reps, double? weight, string? weightUnit, double? rpe, double? distance, int? seconds)
    {
        var maxWeight = weightUnit == ImportUnits.Lb ? TrainingLimits.MaxWeightKg / ImportUnits.KgPerLb : TrainingLimits.MaxWeightKg;
        return exercise.Length == 0 ? "The exercise name is empty."
            : exercise.Length > 100 ? "The exercise name is longer than 100 characters."
            : reps is < 0 or > TrainingLimits.MaxReps ? $"Reps must be from 0 to {TrainingLimits.MaxReps}."
            : weight < 0 || weight > maxWeight ? $"The weight must be from 0 to {TrainingLimits.MaxWeightKg} kg."
            : rpe is not null && (rpe < 1 || rpe > 10 || rpe * 2 != Math.Round(rpe.Value * 2)) ? "RPE must be from 1 to 10 in steps of 0.5."
            : distance < 0 ? "The distance must not be negative."
            : seconds < 0 ? "The duration must not be negative."
            : null;
    }

    internal static string? Truncate(string? text, int maxLength) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf('.', StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
