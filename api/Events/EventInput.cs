namespace NetworkGraph.Api.Events;

/// <summary>The fields curators set on an event, checked and applied in one place for create and update.</summary>
public sealed record EventInput : CuratedInput, ICuratedInput<Event, EventInput>
{
    private const int TitleLength = 300;
    private const int DescriptionLength = 8000;

    public Optional<string?> Title { get; init; }
    public Optional<EventKind?> Kind { get; init; }
    public Optional<DateOnly?> StartsOn { get; init; }
    public Optional<DateOnly?> EndsOn { get; init; }
    public Optional<string?> Country { get; init; }
    public Optional<string?> City { get; init; }
    public Optional<string?> Description { get; init; }

    public static IReadOnlyList<LocalizedField> LocalizedFields { get; } = [new(nameof(Title), TitleLength), new(nameof(Description), DescriptionLength)];

    public static IQueryable<Event> WithLists(IQueryable<Event> records) => records.Include(e => e.Themes);

    public async Task ApplyAsync(Event @event, GivenInput given)
    {
        given.Text(Title, TitleLength, required: true, title => @event.Title = title ?? "");
        given.NotNull(Kind, kind => @event.Kind = kind);
        given.NotNull(StartsOn, day => @event.StartsOn = day);
        given.NotNull(EndsOn, day => @event.EndsOn = day);
        await given.CountryAsync(Country, required: false, code => @event.CountryCode = code);
        given.Text(City, 120, required: false, city => @event.City = city);
        given.Text(Description, DescriptionLength, required: false, text => @event.Description = text ?? "");
        await given.ThemesAsync(Themes, themes => @event.Themes = themes);
        given.InOrder(StartsOn, EndsOn, @event.StartsOn, @event.EndsOn);
    }

    public static Dictionary<string, object?> Snapshot(Event e) => Snapshots.Of(
        (nameof(Slug), e.Slug), (nameof(Title), e.Title), (nameof(Kind), e.Kind), (nameof(StartsOn), e.StartsOn), (nameof(EndsOn), e.EndsOn),
        (nameof(Country), e.CountryCode), (nameof(City), e.City), (nameof(Description), e.Description),
        (nameof(DefaultLocale), e.DefaultLocale), (nameof(Visibility), e.Visibility), (nameof(e.Status), e.Status),
        (nameof(Themes), e.Themes.Select(t => t.Code).Order().ToList()));
}
