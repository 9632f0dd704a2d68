namespace FitFolio.Api.Training.Exercises;

/// <summary>
/// How a lifter's search text finds exercises: words in any order, each matching the start of a word of the name or of
/// one of its aliases ("chin" finds Chin-Up, not Machine…), catalogue abbreviations ("db" = dumbbell), and words run
/// together or apart ("pullup", "pull up" = Pull-Up). Ranked exact, then prefix, then any other match.
/// </summary>
public sealed class ExerciseSearch
{
    public const int Exact = 0;
    public const int Prefix = 1;
    public const int Other = 2;

    private readonly string[][] _words;
    private readonly string _joined;

    private ExerciseSearch(string[][] words, string joined)
    {
        _words = words;
        _joined = joined;
    }

    /// <summary>Null when the text has no word to search by.</summary>
    public static ExerciseSearch? Parse(string? text)
    {
        var words = Words(text ?? "");
        if (words.Length == 0)
        {
            return null;
        }

        var alternatives = words
            .Select(w => Catalogue.Abbreviations.TryGetValue(w, out var full) ? new[] { w, full } : [w])
            .ToArray();
        return new ExerciseSearch(alternatives, string.Concat(words));
    }

    /// <summary>The best rank over the exercise's name and aliases, or null when none of them matches.</summary>
    public int? Rank(Exercise exercise) =>
        Catalogue.AliasesOf(exercise.Slug).Prepend(exercise.Name).Select(RankName).Where(r => r is not null).Min();

    private int? RankName(string name)
    {
        var words = Words(name);
        var joined = string.Concat(words);
        if (joined == _joined || (words.Length == _words.Length && words.Select((w, i) => _words[i].Contains(w)).All(x => x)))
        {
            return Exact;
        }

        var everyWord = _words.All(alternatives => words.Any(w => alternatives.Any(a => w.StartsWith(a, StringComparison.Ordinal))));
        // "pullup" against "Pull-Up": the query run together, starting at a word of the name.
        var runTogether = Enumerable.Range(0, words.Length).Any(i => string.Concat(words[i..]).StartsWith(_joined, StringComparison.Ordinal));
        if (!everyWord && !runTogether)
        {
            return null;
        }

        var startsTheName = joined.StartsWith(_joined, StringComparison.Ordinal) || _words[0].Any(a => words[0].StartsWith(a, StringComparison.Ordinal));
        return startsTheName ? Prefix : Other;
    }

    private static string[] Words(string text)
    {
        var folded = SearchText.Fold(text);
        var separators = folded.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray();
        return folded.Split(separators, StringSplitOptions.RemoveEmptyEntries);
    }
}
