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
    public int? Rank(Exercise exercise)
    {
        int? best = null;
        foreach (var name in SearchableName.Of(exercise))
        {
            if (RankName(name) is { } rank && (best is null || rank < best))
            {
                best = rank;
            }
        }

        return best;
    }

    private int? RankName(SearchableName name)
    {
        var (words, joined) = (name.Words, name.Joined);
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

    internal static string[] Words(string text)
    {
        var folded = SearchText.Fold(text);
        var separators = folded.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray();
        return folded.Split(separators, StringSplitOptions.RemoveEmptyEntries);
    }
}

/// <summary>A name or alias split into folded words: a built-in's once per process, the catalogue being static.</summary>
internal sealed record SearchableName(string[] Words, string Joined)
{
    private static readonly Lazy<Dictionary<Guid, (string Name, SearchableName[] Names)>> BuiltIns = new(() => Catalogue.Exercises.ToDictionary(
        e => Catalogue.IdFor(e.Slug), e => (e.Name, Catalogue.AliasesOf(e.Slug).Prepend(e.Name).Select(From).ToArray())));

    public static SearchableName From(string name)
    {
        var words = ExerciseSearch.Words(name);
        return new SearchableName(words, string.Concat(words));
    }

    /// <summary>The exercise's name then its aliases; computed here for custom exercises (and any built-in not as catalogued).</summary>
    public static IReadOnlyList<SearchableName> Of(Exercise exercise) =>
        exercise.Slug is not null && BuiltIns.Value.TryGetValue(exercise.Id, out var builtIn) && builtIn.Name == exercise.Name
            ? builtIn.Names
            : [.. Catalogue.AliasesOf(exercise.Slug).Prepend(exercise.Name).Select(From)];
}
