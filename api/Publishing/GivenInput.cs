namespace NetworkGraph.Api.Publishing;

/// <summary>
/// Applies the fields of a typed input, each checked and handed to its setter only when the input gives it: a field left
/// out keeps its value. What is wrong goes to the context's checks, under the field's path.
/// </summary>
public sealed class GivenInput(InputContext context)
{
    public InputContext Context => context;

    private InputChecks Checks => context.Checks;

    /// <summary>The field's value as given, which may be null.</summary>
    public void Value<TValue>(Optional<TValue> field, Action<TValue> set)
    {
        if (field.IsGiven) set(field.Value);
    }

    public void Text(Optional<string?> field, int maxLength, bool required, Action<string?> set) =>
        Value(field, text => set(Checks.Text(field.Field, text, maxLength, required)));

    /// <summary>A field that may be left out but not set to null: an enum, a date, a flag.</summary>
    public void NotNull<TValue>(Optional<TValue?> field, Action<TValue> set) where TValue : struct =>
        Value(field, value =>
        {
            if (value is { } given) set(given);
            else Checks.Fail(field.Field, $"'{field.Field}' cannot be null.");
        });

    public void Year(Optional<int?> field, int min, int max, Action<int?> set) =>
        Value(field, year =>
        {
            Checks.Range(field.Field, year, min, max);
            set(year);
        });

    /// <summary>An http or https address, or null.</summary>
    public void Url(Optional<string?> field, Action<string?> set) =>
        Value(field, url =>
        {
            Checks.Url(field.Field, url);
            set(url);
        });

    /// <summary>One country's ISO code (any case), which may be null unless required.</summary>
    public async Task CountryAsync(Optional<string?> field, bool required, Action<string?> set)
    {
        if (!field.IsGiven) return;
        var code = field.Value?.ToUpperInvariant();
        if (code is not null) await ReferencesAsync<Country>(field.Field, [code]);
        else if (required) Checks.Fail(field.Field, $"'{field.Field}' cannot be null.");
        set(code);
    }

    /// <summary>The countries of the given ISO codes (any case); an unknown code fails the field.</summary>
    public Task CountriesAsync(Optional<List<string>?> field, Action<List<Country>> set) =>
        ListAsync(field, codes => ReferencesAsync<Country>(field.Field, codes.Select(code => code.ToUpperInvariant())), set);

    /// <summary>The institutions of the given codes (any case); an unknown code fails the field.</summary>
    public Task InstitutionsAsync(Optional<List<string>?> field, Action<List<Institution>> set) =>
        ListAsync(field, codes => ReferencesAsync<Institution>(field.Field, codes.Select(code => code.ToUpperInvariant())), set);

    /// <summary>The themes of the given codes; an unknown code fails the field.</summary>
    public Task ThemesAsync(Optional<List<string>?> field, Action<List<Theme>> set) =>
        ListAsync(field, codes => ReferencesAsync<Theme>(field.Field, codes), set);

    /// <summary>Records of one type linked by their global IDs; an ID that is malformed, of another type or of no record fails the field.</summary>
    public Task RecordsAsync<TRecord>(Optional<List<string>?> field, Action<List<TRecord>> set) where TRecord : CuratedEntity =>
        ListAsync(field, async ids =>
        {
            var malformed = ids.Where(id => !EntityNodes.TryDecode<TRecord>(id, out _)).ToList();
            if (malformed.Count > 0)
            {
                Checks.Fail(field.Field, $"Not {EntityNodes.NameOf<TRecord>()} IDs: {string.Join(", ", malformed)}.");
                return [];
            }
            var keys = ids.Select(id => EntityNodes.TryDecode<TRecord>(id, out var key) ? key : Guid.Empty).ToList();
            var found = await context.Db.Set<TRecord>().AsTracking().Where(r => keys.Contains(r.Id)).ToListAsync(context.CancellationToken);
            Checks.Known(field.Field, ids, GlobalIds(found).ToHashSet());
            return found;
        }, set);

    /// <summary>The fields every curated type has besides its themes: slug, default locale and visibility.</summary>
    public void Shared<T>(CuratedInput input, T record) where T : CuratedEntity, ISlugged
    {
        Value(input.Slug, slug =>
        {
            Checks.Slug(input.Slug.Field, slug);
            record.Slug = slug ?? "";
        });
        Value(input.DefaultLocale, locale =>
        {
            Checks.Locale(input.DefaultLocale.Field, locale);
            record.DefaultLocale = locale ?? "en";
        });
        NotNull(input.Visibility, visibility => record.Visibility = visibility);
    }

    /// <summary>A period that ends before it starts fails its end, when the input gives either date (the other may be stored).</summary>
    public void InOrder(Optional<DateOnly?> start, Optional<DateOnly?> end, DateOnly? startsOn, DateOnly? endsOn)
    {
        if ((start.IsGiven || end.IsGiven) && endsOn < startsOn)
            Checks.Fail(end.Field, $"'{end.Field}' must not be before '{start.Field}'.");
    }

    /// <summary>The global IDs of records of one type, in order: how snapshots record a list of linked records.</summary>
    public static List<string> GlobalIds<TRecord>(IEnumerable<TRecord> records) where TRecord : CuratedEntity =>
        records.Select(r => EntityNodes.IdOf<TRecord>(r.Id)).Order(StringComparer.Ordinal).ToList();

    private async Task ListAsync<TItem>(Optional<List<string>?> field, Func<List<string>, Task<List<TItem>>> read, Action<List<TItem>> set)
    {
        if (field.IsGiven) set(await read((field.Value ?? []).Distinct().ToList()));
    }

    /// <summary>The reference records of the given codes, tracked; an unknown code fails the field.</summary>
    private async Task<List<TReference>> ReferencesAsync<TReference>(string field, IEnumerable<string> given) where TReference : class, ICoded
    {
        var codes = given.Distinct().ToList();
        var found = await context.Db.Set<TReference>().AsTracking().Where(r => codes.Contains(r.Code)).ToListAsync(context.CancellationToken);
        Checks.Known(field, codes, found.Select(r => r.Code).ToHashSet());
        return found;
    }
}
