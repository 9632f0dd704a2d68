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

    public sealed record Set(string Exercise, char Order, int Index, double WeightKg, int Reps, double? Rpe);

    public sealed record Workout(int Number, DateTime Start, string Name, int DurationSeconds, IReadOnlyList<Set> Sets);

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

    /// <summary>Strong since 2024: everything quoted, a Rest Timer row after each exercise's sets.</summary>
    public static string StrongNewest(IEnumerable<Workout> workouts, string newline = "\n")
    {
        var text = new StringBuilder(StrongNewestHeader).Append(newline);
        foreach (var w in workouts)
        {
            foreach (var set in w.Sets)
            {
                var order = set.Order switch { 'W' => "W", 'F' => "F", _ => set.Index.ToString(CultureInfo.InvariantCulture) };
                text.Append(Quoted(w.Number, Date(w.Start), w.Name, w.DurationSeconds, set.Exercise, order, Number(set.WeightKg), set.Reps, Number(set.Rpe), 0, 0, "", ""))
                    .Append(newline);
                if (set.Index == 3)
                {
                    text.Append(Quoted(w.Number, Date(w.Start), w.Name, w.DurationSeconds, set.Exercise, "Rest Timer", 0, 0, "", 0, 120, "", "")).Append(newline);
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
                text.Append(string.Join(',', date, w.Name, duration, Csv(set.Exercise), order, Number(set.WeightKg), set.Reps, "", "", "", "", Number(set.Rpe)))
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
                    Number(set.Rpe).Replace('.', ','), "", "", "", "", "", $"{w.DurationSeconds / 60}m")).Append(newline);
            }
        }

        return text.ToString();
    }

    /// <summary>Hevy: one row per set, `set_type` words, dates like "30 Jan 2025, 12:34"; pounds when <paramref name="pounds"/>.</summary>
    public static string Hevy(IEnumerable<Workout> workouts, bool pounds = false, string newline = "\n")
    {
        var text = new StringBuilder(pounds ? HevyLbHeader : HevyKgHeader).Append(newline);
        foreach (var w in workouts)
        {
            var start = HevyDate(w.Start);
            var end = HevyDate(w.Start.AddSeconds(w.DurationSeconds));
            foreach (var set in w.Sets)
            {
                var type = set.Order switch { 'W' => "warmup", 'F' => "failure", _ => "normal" };
                var weight = pounds ? Math.Round(set.WeightKg / 0.45359237 / 2.5) * 2.5 : set.WeightKg;
                text.Append(Quoted(w.Name, start, end, "", set.Exercise, "", "", set.Index, type, Number(weight), set.Reps, "", "", Number(set.Rpe)))
                    .Append(newline);
            }
        }

        return text.ToString();
    }

    public static string HevyDate(DateTime time) => time.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    public static byte[] Utf8(string text, bool bom = false) => bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    private static string Date(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Csv(string value) => value.Contains(',') ? $"\"{value}\"" : value;

    private static string Quoted(params object[] cells) =>
        string.Join(',', cells.Select(c => "\"" + Convert.ToString(c, CultureInfo.InvariantCulture)!.Replace("\"", "\"\"") + "\""));
}
