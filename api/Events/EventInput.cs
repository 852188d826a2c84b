using NetworkGraph.Api.Publishing;

namespace NetworkGraph.Api.Events;

/// <summary>The fields curators set on an event, checked and applied in one place for create and update.</summary>
public sealed class EventInput : ICuratedInput<Event>
{
    public static string RecordType => "Event";
    public static string Noun => "event";
    public static IReadOnlyDictionary<string, int> LocalizedFields { get; } = new Dictionary<string, int> { ["title"] = 300, ["description"] = 8000 };

    public static IQueryable<Event> WithLists(IQueryable<Event> records) => records.Include(e => e.Themes);

    /// <summary>On create the slug, title, kind and dates are required.</summary>
    public static void AddFields(InputObjectGraphType type, bool create)
    {
        type.Field("slug", SharedInput.Required<StringGraphType>(create)).Description("Unique, lower-case, with hyphens: \"tbilisi-litigation-school-2025\".");
        type.Field("title", SharedInput.Required<StringGraphType>(create)).Description("The event's title in its default locale.");
        type.Field("kind", SharedInput.Required<EnumerationGraphType<EventKind>>(create));
        type.Field("startsOn", SharedInput.Required<DateOnlyGraphType>(create)).Description("The first day.");
        type.Field("endsOn", SharedInput.Required<DateOnlyGraphType>(create)).Description("The last day: not before startsOn.");
        type.Field<StringGraphType>("country").Description("ISO 3166-1 alpha-2 code of the country it takes place in; none for an online event.");
        type.Field<StringGraphType>("city");
        type.Field<StringGraphType>("description").Description("What the event is about, in its default locale.");
    }

    public static async Task ApplyAsync(GivenInput given, Event @event)
    {
        given.Text("title", LocalizedFields["title"], required: true, title => @event.Title = title ?? "");
        given.NotNull<EventKind>("kind", kind => @event.Kind = kind);
        given.NotNull<DateOnly>("startsOn", day => @event.StartsOn = day);
        given.NotNull<DateOnly>("endsOn", day => @event.EndsOn = day);
        await given.CountryAsync("country", required: false, code => @event.CountryCode = code);
        given.Text("city", 120, required: false, city => @event.City = city);
        given.Text("description", LocalizedFields["description"], required: false, text => @event.Description = text ?? "");
        await given.ListAsync("themes", SharedInput.ThemesAsync, themes => @event.Themes = themes);
        given.InOrder(("startsOn", @event.StartsOn), ("endsOn", @event.EndsOn));
    }

    public static Dictionary<string, object?> Snapshot(Event e) => new()
    {
        ["slug"] = e.Slug, ["title"] = e.Title, ["kind"] = e.Kind.ToString(), ["startsOn"] = e.StartsOn, ["endsOn"] = e.EndsOn,
        ["country"] = e.CountryCode, ["city"] = e.City, ["description"] = e.Description,
        ["defaultLocale"] = e.DefaultLocale, ["visibility"] = e.Visibility.ToString(), ["status"] = e.Status.ToString(),
        ["themes"] = e.Themes.Select(t => t.Code).Order().ToList(),
    };

    public static Dictionary<string, object?> InputFrom(string snapshot) =>
        SnapshotInput.From(snapshot, ("kind", SnapshotInput.Enum<EventKind>), ("startsOn", SnapshotInput.Date), ("endsOn", SnapshotInput.Date));
}
