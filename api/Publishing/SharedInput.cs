namespace NetworkGraph.Api.Publishing;

/// <summary>Input that several curated types share, read and checked the same way for each.</summary>
public static class SharedInput
{
    /// <summary>An input field's type: required on create, optional on update.</summary>
    public static Type Required<T>(bool required) where T : IGraphType => required ? typeof(NonNullGraphType<T>) : typeof(T);

    /// <summary>The input fields every curated type has besides its slug: themes, default locale and visibility.</summary>
    public static void AddSharedFields(InputObjectGraphType type, string noun)
    {
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("themes").Description("Theme codes, e.g. \"lgbtqi-rights\".");
        type.Field<StringGraphType>("defaultLocale").Description("The locale of the texts above; \"en\" unless given.");
        type.Field<EnumerationGraphType<Visibility>>("visibility").Description($"Who may see the {noun} once published; Public unless given.");
    }

    /// <summary>A list of codes, each once.</summary>
    public static List<string> Codes(object? value) => (value as IEnumerable<object?> ?? []).OfType<string>().Distinct().ToList();

    /// <summary>The countries of the given ISO codes (any case), tracked; an unknown code fails the field.</summary>
    public static Task<List<Country>> CountriesAsync(InputContext context, string field, object? value) =>
        ReferencesAsync<Country>(context, field, Codes(value).Select(code => code.ToUpperInvariant()));

    /// <summary>The institutions of the given codes (any case), tracked; an unknown code fails the field.</summary>
    public static Task<List<Institution>> InstitutionsAsync(InputContext context, string field, object? value) =>
        ReferencesAsync<Institution>(context, field, Codes(value).Select(code => code.ToUpperInvariant()));

    /// <summary>The themes of the given codes, tracked; an unknown code fails the field.</summary>
    public static Task<List<Theme>> ThemesAsync(InputContext context, string field, object? value) =>
        ReferencesAsync<Theme>(context, field, Codes(value));

    /// <summary>The reference records of the given codes, tracked; an unknown code fails the field.</summary>
    private static async Task<List<TReference>> ReferencesAsync<TReference>(InputContext context, string field, IEnumerable<string> given)
        where TReference : class, ICoded
    {
        var codes = given.Distinct().ToList();
        var found = await context.Db.Set<TReference>().AsTracking().Where(r => codes.Contains(r.Code)).ToListAsync(context.CancellationToken);
        context.Checks.Known(field, codes, found.Select(r => r.Code).ToHashSet());
        return found;
    }

    /// <summary>The records of the given global IDs of one type, tracked; an ID that is malformed, of another type or of no record fails the field.</summary>
    public static async Task<List<TRecord>> RecordsAsync<TRecord>(InputContext context, string field, object? value, string type) where TRecord : Entity
    {
        var given = Codes(value);
        var malformed = given.Where(id => !GlobalId.TryDecodeGuid(id, type, out _)).ToList();
        if (malformed.Count > 0)
        {
            context.Checks.Fail(field, $"Not {type} IDs: {string.Join(", ", malformed)}.");
            return [];
        }
        var ids = given.Select(id => GlobalId.DecodeGuid(id, type)).ToList();
        var found = await context.Db.Set<TRecord>().AsTracking().Where(r => ids.Contains(r.Id)).ToListAsync(context.CancellationToken);
        context.Checks.Known(field, given, GlobalIds(found, type).ToHashSet());
        return found;
    }

    /// <summary>The global IDs of records of one type, in order: how snapshots record a list of linked records.</summary>
    public static List<string> GlobalIds<TRecord>(IEnumerable<TRecord> records, string type) where TRecord : Entity =>
        records.Select(r => GlobalId.Encode(type, r.Id.ToString("N"))).Order(StringComparer.Ordinal).ToList();
}
