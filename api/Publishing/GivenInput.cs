namespace NetworkGraph.Api.Publishing;

/// <summary>
/// The fields of one input, each checked and handed to its setter only when the input gives it: a field left out
/// keeps its value. What is wrong goes to the context's checks, under the field's path.
/// </summary>
public sealed class GivenInput(InputContext context, IDictionary<string, object?> input)
{
    public InputContext Context => context;

    /// <summary>The field's value as given, which may be null.</summary>
    public void Value(string field, Action<object?> set)
    {
        if (input.TryGetValue(field, out var value)) set(value);
    }

    public void Text(string field, int maxLength, bool required, Action<string?> set) =>
        Value(field, value => set(context.Checks.Text(field, value, maxLength, required)));

    /// <summary>A field that may be left out but not set to null: an enum, a date, a flag.</summary>
    public void NotNull<TValue>(string field, Action<TValue> set) where TValue : struct =>
        Value(field, value =>
        {
            if (value is TValue given) set(given);
            else context.Checks.Fail(field, $"'{field}' cannot be null.");
        });

    public void Year(string field, int min, int max, Action<int?> set) =>
        Value(field, value =>
        {
            context.Checks.Range(field, value as int?, min, max);
            set(value as int?);
        });

    /// <summary>One country's ISO code (any case), which may be null unless required.</summary>
    public async Task CountryAsync(string field, bool required, Action<string?> set)
    {
        if (!input.TryGetValue(field, out var value)) return;
        var code = (value as string)?.ToUpperInvariant();
        if (code is not null) await SharedInput.CountriesAsync(context, field, new[] { code });
        else if (required) context.Checks.Fail(field, $"'{field}' cannot be null.");
        set(code);
    }

    /// <summary>A list read by one of <see cref="SharedInput"/>'s readers (countries, themes, records), e.g. <c>SharedInput.ThemesAsync</c>.</summary>
    public async Task ListAsync<TItem>(string field, Func<InputContext, string, object?, Task<List<TItem>>> read, Action<List<TItem>> set)
    {
        if (input.TryGetValue(field, out var value)) set(await read(context, field, value));
    }

    /// <summary>Records of one type linked by their global IDs.</summary>
    public Task RecordsAsync<TRecord>(string field, string type, Action<List<TRecord>> set) where TRecord : Entity =>
        ListAsync(field, (_, _, value) => SharedInput.RecordsAsync<TRecord>(context, field, value, type), set);

    /// <summary>The fields every curated type has besides its themes: slug, default locale and visibility.</summary>
    public void Shared<T>(T record) where T : CuratedEntity, ISlugged
    {
        Value("slug", value =>
        {
            context.Checks.Slug("slug", value as string);
            record.Slug = value as string ?? "";
        });
        Value("defaultLocale", value =>
        {
            context.Checks.Locale("defaultLocale", value as string);
            record.DefaultLocale = value as string ?? "en";
        });
        NotNull<Visibility>("visibility", visibility => record.Visibility = visibility);
    }

    /// <summary>A period that ends before it starts fails its end, when the input gives either date (the other may be stored).</summary>
    public void InOrder((string Field, DateOnly? Date) start, (string Field, DateOnly? Date) end)
    {
        if ((input.ContainsKey(start.Field) || input.ContainsKey(end.Field)) && end.Date < start.Date)
            context.Checks.Fail(end.Field, $"'{end.Field}' must not be before '{start.Field}'.");
    }
}
