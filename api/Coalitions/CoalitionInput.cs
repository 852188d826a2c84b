namespace NetworkGraph.Api.Coalitions;

/// <summary>The fields curators set on a coalition, checked and applied in one place for create and update.</summary>
public sealed record CoalitionInput : CuratedInput, ICuratedInput<Coalition, CoalitionInput>
{
    private const int PurposeLength = 8000;

    public Optional<string?> Name { get; init; }
    public Optional<string?> Acronym { get; init; }
    public Optional<string?> Purpose { get; init; }
    public Optional<DateOnly?> FoundedOn { get; init; }
    public Optional<DateOnly?> DissolvedOn { get; init; }

    public static IReadOnlyList<LocalizedField> LocalizedFields { get; } = [new(nameof(Purpose), PurposeLength)];

    public static IQueryable<Coalition> WithLists(IQueryable<Coalition> records) => records.Include(c => c.Themes);

    public async Task ApplyAsync(Coalition coalition, GivenInput given)
    {
        given.Text(Name, 300, required: true, name => coalition.Name = name ?? "");
        given.Text(Acronym, 40, required: false, acronym => coalition.Acronym = acronym);
        given.Text(Purpose, PurposeLength, required: false, purpose => coalition.Purpose = purpose ?? "");
        given.Value(FoundedOn, day => coalition.FoundedOn = day);
        given.Value(DissolvedOn, day => coalition.DissolvedOn = day);
        await given.ThemesAsync(Themes, themes => coalition.Themes = themes);
        given.InOrder(FoundedOn, DissolvedOn, coalition.FoundedOn, coalition.DissolvedOn);
    }

    public static Dictionary<string, object?> Snapshot(Coalition c) => Snapshots.Of(
        (nameof(Slug), c.Slug), (nameof(Name), c.Name), (nameof(Acronym), c.Acronym), (nameof(Purpose), c.Purpose),
        (nameof(FoundedOn), c.FoundedOn), (nameof(DissolvedOn), c.DissolvedOn),
        (nameof(DefaultLocale), c.DefaultLocale), (nameof(Visibility), c.Visibility), (nameof(c.Status), c.Status),
        (nameof(Themes), c.Themes.Select(t => t.Code).Order().ToList()));
}
