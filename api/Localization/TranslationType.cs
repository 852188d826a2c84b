namespace NetworkGraph.Api.Localization;

public sealed class TranslationType : ObjectGraphType<LocalizedText>
{
    public TranslationType()
    {
        Name = "Translation";
        Description = "A localized field of a record in one locale other than the record's default.";
        Field(t => t.Field).Description("The field, as named in the schema (e.g. \"description\").");
        Field(t => t.Locale).Description("A BCP 47 locale.");
        Field(t => t.Text);
    }
}

public static class TranslationsField
{
    /// <summary><c>translations</c>: for curators, every translation of the record; for other callers an empty list.</summary>
    public static void AddTranslations<T>(this ObjectGraphType<T> type) where T : CuratedEntity =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TranslationType>>>>("translations")
            .Description("Curators only: the record's translations, in every locale.")
            .Resolve(context => context.Access().MayCurate
                ? context.Loaders().Many<Guid, LocalizedText>("translations", context.Source.Id, (db, _, keys) => db.LocalizedTexts
                    .Where(t => keys.Contains(t.OwnerId)).OrderBy(t => t.Field).ThenBy(t => t.Locale)
                    .Select(t => new Keyed<Guid, LocalizedText>(t.OwnerId, t)))
                : DataLoaderResultExtensions.Loaded<IReadOnlyList<LocalizedText>>([]));
}
