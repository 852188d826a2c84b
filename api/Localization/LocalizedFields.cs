using GraphQL.Builders;

namespace NetworkGraph.Api.Localization;

public static class LocalizedFields
{
    /// <summary>
    /// A text field with an optional <c>locale</c> argument. The locale defaults to the request's Accept-Language;
    /// each wanted locale is tried exactly and then by its language alone ("nl-BE", then "nl"), and the record's
    /// own default-locale text is the final fallback.
    /// </summary>
    public static FieldBuilder<T, object> LocalizedField<T>(this ObjectGraphType<T> type, string name, string description, Func<T, string> defaultText)
        where T : CuratedEntity => type.LocalizedField(name, description, name, defaultText, text => text);

    /// <summary>
    /// A field that serves the localized text stored under <paramref name="textField"/>, chosen as by the overload
    /// above, through <paramref name="transform"/>. Its name is not a column's, so list queries must be told with
    /// <c>Reads</c> which column holds the default text.
    /// </summary>
    public static FieldBuilder<T, object> LocalizedField<T>(this ObjectGraphType<T> type, string name, string description, string textField,
        Func<T, string> defaultText, Func<string, string> transform)
        where T : CuratedEntity
    {
        return type.Field<NonNullGraphType<StringGraphType>>(name)
            .Description(description)
            .Argument<StringGraphType>("locale", "A BCP 47 locale such as \"en\", \"uk\" or \"sr-Latn\"; defaults to the Accept-Language header.")
            .Resolve(context =>
            {
                var record = context.Source;
                var wanted = WantedLocales(context);
                if (wanted.Count == 0 || SameLanguage(wanted[0], record.DefaultLocale)) return transform(defaultText(record));
                return context.Loaders()
                    .Many<Guid, LocalizedText>($"texts:{textField}", record.Id, (db, _, keys) => db.LocalizedTexts
                        .Where(t => t.Field == textField && keys.Contains(t.OwnerId))
                        .Select(t => new Keyed<Guid, LocalizedText>(t.OwnerId, t)))
                    .Then(texts => transform(Pick(texts, wanted) ?? defaultText(record)));
            });
    }

    private static List<string> WantedLocales(IResolveFieldContext context)
    {
        var explicitLocale = context.GetArgument<string?>("locale");
        if (!string.IsNullOrWhiteSpace(explicitLocale)) return [explicitLocale];
        var request = context.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext?.Request;
        if (request is null) return [];
        return request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0 && l.Value.Value is not null and not "*")
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value!)
            .ToList();
    }

    private static string? Pick(IReadOnlyList<LocalizedText> texts, List<string> wanted)
    {
        foreach (var locale in wanted)
        {
            var exact = texts.FirstOrDefault(t => t.Locale.Equals(locale, StringComparison.OrdinalIgnoreCase));
            if (exact is not null) return exact.Text;
            var language = texts.FirstOrDefault(t => SameLanguage(t.Locale, locale));
            if (language is not null) return language.Text;
        }
        return null;
    }

    private static bool SameLanguage(string a, string b) =>
        LanguageOf(a).Equals(LanguageOf(b), StringComparison.OrdinalIgnoreCase);

    private static string LanguageOf(string locale)
    {
        var dash = locale.IndexOf('-');
        return dash < 0 ? locale : locale[..dash];
    }
}
