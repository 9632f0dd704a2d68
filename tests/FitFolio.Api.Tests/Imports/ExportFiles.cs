using System.Globalization;
using System.Text;

namespace FitFolio.Api.Tests.Imports;

/// <summary>
/// Writes Strong and Hevy exports the way those apps do, from one deterministic training history: a push/pull/legs
/// week with warm-ups, real exercise names and slowly rising weights, so every layout holds the same sets.
/// </summary>
internal static class ExportFiles
{
    public const string StrongNewestHeader =
        "\"Workout #\",\"Date\",\"Workout Name\",\"Duration (sec)\",\"Exercise Name\",\"Set Order\",\"Weight (kg)\",\"Reps\",\"RPE\",\"Distance (meters)\",\"Seconds\",\"Notes\",\"Workout Notes\"";

    public const string StrongMiddleHeader = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";

    public const string StrongOldestHeader =
        "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration";

    public const string HevyKgHeader =
        "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"";

    public const string HevyLbHeader =
        "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_lbs\",\"reps\",\"distance_miles\",\"duration_seconds\",\"rpe\"";

    private static readonly string[][] Days =
    [
        ["Push Day", "Bench Press (Barbell)", "Overhead Press (Barbell)", "Incline Bench Press (Dumbbell)", "Triceps Pushdown (Cable - Straight Bar)", "Lateral Raise (Dumbbell)"],
        ["Pull Day", "Deadlift (Barbell)", "Pull Up", "Bent Over Row (Barbell)", "Lat Pulldown (Cable)", "Bicep Curl (Dumbbell)"],
        ["Leg Day", "Squat (Barbell)", "Romanian Deadlift (Barbell)", "Leg Press", "Lying Leg Curl (Machine)", "Calf Raise (Machine)"],
    ];

    /// <param name="Order">'W' warm-up, 'D' drop set, 'F' failure, else a working set.</param>
    /// <param name="Superset">Hevy's superset_id of the exercise; null when done on its own.</param>
    public sealed record Set(string Exercise, char Order, int Index, double WeightKg, int Reps, double? Rpe, double? DistanceM = null, int? Seconds = null, int? Superset = null);

    /// <param name="Note">A note on the workout's first exercise (Strong writes it as a `Note` row, Hevy in exercise_notes).</param>
    public sealed record Workout(int Number, DateTime Start, string Name, int DurationSeconds, IReadOnlyList<Set> Sets, string? Note = null);

    public const string Treadmill = "Running (Treadmill)";

    /// <summary>The same history every time: <paramref name="count"/> workouts, each five exercises of one warm-up and three working sets.</summary>
    public static List<Workout> History(int count, DateTime? firstDay = null)
    {
        var start = firstDay ?? new DateTime(2024, 1, 8, 18, 2, 11);
        var workouts = new List<Workout>(count);
        for (var n = 0; n < count; n++)
        {
            var day = Days[n % Days.Length];
            var week = n / Days.Length;
            var sets = new List<Set>();
            for (var e = 1; e < day.Length; e++)
            {
                var working = Math.Round((20 + (e * 7.5) + (week * 2.5)) * 2) / 2;
                sets.Add(new Set(day[e], 'W', 0, Math.Round(working * 0.5 * 2) / 2, 10, null));
                for (var s = 1; s <= 3; s++)
                {
                    sets.Add(new Set(day[e], s == 3 && e == 1 ? 'F' : (char)('0' + s), s, working, 8 - s, s == 3 ? 9 : 7.5));
                }
            }

            workouts.Add(new Workout(n + 1, start.AddDays((n * 2) + (n % 2)).AddMinutes(n % 7), day[0], 3600 + (n * 37 % 900), sets));
        }

        return workouts;
    }

    public static int SetCount(IEnumerable<Workout> workouts) => workouts.Sum(w => w.Sets.Count);

    /// <summary>
    /// The history as a real log holds it: a drop set after each push day's pushdowns, which are supersetted with the
    /// lateral raises; a treadmill run (distance and time, no weight) ending each leg day; a note on each pull day's deadlifts.
    /// </summary>
    public static List<Workout> AsLogged(IEnumerable<Workout> history) =>
    [
        .. history.Select(w => w.Name switch
        {
            "Push Day" => w with
            {
                Sets = [.. w.Sets.SelectMany(s => s.Exercise is "Triceps Pushdown (Cable - Straight Bar)" or "Lateral Raise (Dumbbell)"
                    ? s.Index == 3 && s.Exercise.StartsWith("Triceps", StringComparison.Ordinal)
                        ? new[] { s with { Superset = 0 }, new Set(s.Exercise, 'D', 4, Math.Round(s.WeightKg * 0.7 * 2) / 2, 12, null, Superset: 0) }
                        : [s with { Superset = 0 }]
                    : [s])],
            },
            "Leg Day" => w with { Sets = [.. w.Sets, new Set(Treadmill, '1', 1, 0, 0, null, DistanceM: 3000 + (w.Number * 10), Seconds: 900 + w.Number)] },
            _ => w with { Note = "Straps from the third set" },
        }),
    ];

    /// <summary>Strong since 2024: everything quoted, a Rest Timer row after each exercise's sets, a Note row after a noted exercise; pounds when <paramref name="pounds"/>.</summary>
    public static string StrongNewest(IEnumerable<Workout> workouts, string newline = "\n", bool pounds = false)
    {
        var text = new StringBuilder(pounds ? StrongNewestHeader.Replace("Weight (kg)", "Weight (lbs)", StringComparison.Ordinal) : StrongNewestHeader).Append(newline);
        foreach (var w in workouts)
        {
            foreach (var set in w.Sets)
            {
                var order = set.Order switch { 'W' => "W", 'D' => "D", 'F' => "F", _ => set.Index.ToString(CultureInfo.InvariantCulture) };
                text.Append(Quoted(w.Number, Date(w.Start), w.Name, w.DurationSeconds, set.Exercise, order, Number(pounds ? Pounds(set.WeightKg) : set.WeightKg), set.Reps,
                    Number(set.Rpe), Number(set.DistanceM ?? 0), set.Seconds ?? 0, "", "")).Append(newline);
                if (set.Index == 3)
                {
                    text.Append(Quoted(w.Number, Date(w.Start), w.Name, w.DurationSeconds, set.Exercise, "Rest Timer", 0, 0, "", 0, 120, "", "")).Append(newline);
                    if (w.Note is not null && set.Exercise == w.Sets[0].Exercise)
                    {
                        text.Append(Quoted(w.Number, Date(w.Start), w.Name, w.DurationSeconds, set.Exercise, "Note", 0, 0, "", 0, 0, w.Note, "")).Append(newline);
                    }
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Strong 5.x: `,`, dates like "2024-01-08 6:02:11 PM" with U+202F before PM, durations like "1h 5m", weights in the app's unit.</summary>
    public static string StrongMiddle(IEnumerable<Workout> workouts, string newline = "\r\n")
    {
        var text = new StringBuilder(StrongMiddleHeader).Append(newline);
        foreach (var w in workouts)
        {
            var date = w.Start.ToString("yyyy-MM-dd h:mm:ss", CultureInfo.InvariantCulture) + "\u202F" + w.Start.ToString("tt", CultureInfo.InvariantCulture);
            var duration = $"{w.DurationSeconds / 3600}h {w.DurationSeconds % 3600 / 60}m";
            foreach (var set in w.Sets)
            {
                var order = set.Order == 'W' ? "W" : set.Index.ToString(CultureInfo.InvariantCulture);
                text.Append(string.Join(',', date, w.Name, duration, Csv(set.Exercise), order, Number(set.WeightKg), set.Reps, Number(set.DistanceM / 1000),
                        Number(set.Seconds), "", "", Number(set.Rpe)))
                    .Append(newline);
            }
        }

        return text.ToString();
    }

    /// <summary>Strong 3.x–4.x: `;`, decimal commas, a unit column per row.</summary>
    public static string StrongOldest(IEnumerable<Workout> workouts, string newline = "\n")
    {
        var text = new StringBuilder(StrongOldestHeader).Append(newline);
        foreach (var w in workouts)
        {
            foreach (var set in w.Sets)
            {
                var order = set.Order == 'W' ? "W" : set.Index.ToString(CultureInfo.InvariantCulture);
                text.Append(string.Join(';', Date(w.Start), w.Name, set.Exercise, order, Number(set.WeightKg).Replace('.', ','), "kg", set.Reps,
                    Number(set.Rpe).Replace('.', ','), Number(set.DistanceM / 1000).Replace('.', ','), set.DistanceM is null ? "" : "km", Number(set.Seconds), "", "",
                    $"{w.DurationSeconds / 60}m")).Append(newline);
            }
        }

        return text.ToString();
    }

    /// <summary>Hevy: one row per set, `set_type` words, dates like "30 Jan 2025, 12:34"; pounds and miles when <paramref name="pounds"/>.</summary>
    public static string Hevy(IEnumerable<Workout> workouts, bool pounds = false, string newline = "\n", char separator = ',')
    {
        var text = new StringBuilder((pounds ? HevyLbHeader : HevyKgHeader).Replace(',', separator)).Append(newline);
        foreach (var w in workouts)
        {
            var start = HevyDate(w.Start);
            var end = HevyDate(w.Start.AddSeconds(w.DurationSeconds));
            foreach (var set in w.Sets)
            {
                var type = set.Order switch { 'W' => "warmup", 'D' => "dropset", 'F' => "failure", _ => "normal" };
                var weight = pounds ? Pounds(set.WeightKg) : set.WeightKg;
                var distance = set.DistanceM / (pounds ? 1609.344 : 1000);
                var note = set.Exercise == w.Sets[0].Exercise ? w.Note ?? "" : "";
                text.Append(Quoted(separator, w.Name, start, end, "", set.Exercise, Number(set.Superset), note, set.Index, type, Number(weight), set.Reps, Number(distance),
                    Number(set.Seconds), Number(set.Rpe))).Append(newline);
            }
        }

        return text.ToString();
    }

    public static string HevyDate(DateTime time) => time.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    public static byte[] Utf8(string text, bool bom = false) => bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    private static string Date(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Kilograms as an app in pounds shows them: to the nearest 2.5 lb.</summary>
    public static double Pounds(double kg) => Math.Round(kg / 0.45359237 / 2.5) * 2.5;

    private static string Csv(string value) => value.Contains(',') ? $"\"{value}\"" : value;

    private static string Quoted(params object[] cells) => Quoted(',', cells);

    private static string Quoted(char separator, params object[] cells) =>
        string.Join(separator, cells.Select(c => "\"" + Convert.ToString(c, CultureInfo.InvariantCulture)!.Replace("\"", "\"\"") + "\""));
}
