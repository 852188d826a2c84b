using System.Text.RegularExpressions;

namespace NetworkGraph.GraphQL.Mutations;

/// <summary>Collects what is wrong with a mutation's input, each with the path of the field at fault.</summary>
public sealed partial class InputChecks
{
    private readonly List<MutationError> errors = [];

    public IReadOnlyList<MutationError> Errors => errors;
    public bool Failed => errors.Count > 0;

    public void Fail(string field, string message) => errors.Add(new ValidationError(message, ["input", field]));

    /// <summary>Checks a text field and returns its text.</summary>
    public string? Text(string field, object? value, int maxLength, bool required)
    {
        var text = value as string;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) Fail(field, $"'{field}' is required.");
        }
        else if (text.Length > maxLength) Fail(field, $"'{field}' is longer than {maxLength} characters.");
        return text;
    }

    public void Slug(string field, string? value)
    {
        if (value is null || value.Length > 120 || !SlugPattern().IsMatch(value))
            Fail(field, "A slug is 1–120 lower-case letters a–z, digits and single hyphens, e.g. \"civic-voice-armenia\".");
    }

    public void Url(string field, string? value)
    {
        if (value is null) return;
        if (value.Length > 500 || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            Fail(field, "A web address is an absolute http or https URL of at most 500 characters.");
    }

    public void Range(string field, int? value, int min, int max)
    {
        if (value is not null && (value < min || value > max)) Fail(field, $"'{field}' must be between {min} and {max}.");
    }

    public void Locale(string field, string? value)
    {
        if (value is null) return;
        if (value.Length > 35 || !LocalePattern().IsMatch(value)) Fail(field, "A locale is a BCP 47 tag such as \"en\", \"uk\" or \"sr-Latn\".");
    }

    /// <summary>Codes that name no known record, e.g. unknown country or theme codes.</summary>
    public void Known(string field, IEnumerable<string> given, IReadOnlySet<string> known)
    {
        var unknown = given.Where(code => !known.Contains(code)).ToList();
        if (unknown.Count > 0)
            Fail(field, $"Unknown {field}: {string.Join(", ", unknown)}.");
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*\z")]
    private static partial Regex LocalePattern();
}
