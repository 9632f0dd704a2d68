using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FitFolio.Api.Infrastructure.Errors;

/// <summary>Collects every problem with a request (not just the first) under the JSON field names the client sent.</summary>
public sealed class ValidationErrors
{
    // Made at the first error: a valid request (most of them) never needs it, and the set write probes several kinds.
    private Dictionary<string, List<string>>? _errors;

    public bool IsValid => _errors is null;

    public void Add(string field, string message)
    {
        _errors ??= new(StringComparer.Ordinal);
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void Check(bool valid, string field, string message)
    {
        if (!valid)
        {
            Add(field, message);
        }
    }

    /// <summary>The same check with a composed message, which is only composed when the check fails.</summary>
    public void Check(bool valid, string field, [InterpolatedStringHandlerArgument(nameof(valid))] ref FailureMessage message)
    {
        if (!valid)
        {
            Add(field, message.ToStringAndClear());
        }
    }

    /// <summary>
    /// An interpolated message that is formatted only for a failed check: a valid request (a set logged, the hot path)
    /// composed several messages per request only to drop them.
    /// </summary>
    [InterpolatedStringHandler]
    public ref struct FailureMessage
    {
        private DefaultInterpolatedStringHandler _text;

        public FailureMessage(int literalLength, int formattedCount, bool valid, out bool shouldAppend)
        {
            shouldAppend = !valid;
            _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
        }

        public void AppendLiteral(string value) => _text.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

        public void AppendFormatted<T>(T value, int alignment) => _text.AppendFormatted(value, alignment);

        public void AppendFormatted(string? value) => _text.AppendFormatted(value);

        public string ToStringAndClear() => _text.ToStringAndClear();
    }

    /// <summary>
    /// A required display name: 1–<paramref name="maxLength"/> characters after trimming and Unicode composition (NFC,
    /// which can lengthen text), storable, no control characters.
    /// </summary>
    public void Name(string? value, string field, int maxLength = 100, bool required = true)
    {
        if (value is null)
        {
            Check(!required, field, "Required.");
            return;
        }

        if (!Storable(value, field))
        {
            return;
        }

        var trimmed = value.Trim();
        var length = Math.Max(trimmed.Length, trimmed.Normalize(NormalizationForm.FormC).Length);
        Check(length is > 0 && length <= maxLength, field, $"Must be 1–{maxLength} characters.");
        Check(!trimmed.Any(char.IsControl), field, "Must not contain control characters.");
    }

    /// <summary>Optional free text up to <paramref name="maxLength"/> characters, storable on every database.</summary>
    public void Text(string? value, string field, int maxLength)
    {
        if (value is not null && Storable(value, field))
        {
            Check(value.Length <= maxLength, field, $"Must be at most {maxLength} characters.");
        }
    }

    /// <summary>False (with an error) for text no database should get: NUL, which PostgreSQL refuses, or an unpaired surrogate.</summary>
    public bool Storable(string value, string field)
    {
        var problem = StorableText.Problem(value);
        Check(problem is null, field, problem ?? "");
        return problem is null;
    }

    public ValidationProblem ToProblem() => Problems.Validation((_errors ?? []).ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
}
