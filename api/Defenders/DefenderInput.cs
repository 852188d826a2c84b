namespace NetworkGraph.Api.Defenders;

/// <summary>
/// The fields curators set on a defender, checked and applied in one place for create and update: the public alias,
/// and the legal name and contact that no reader sees. Revisions record when and by whom consent was recorded.
/// </summary>
public sealed record DefenderInput : CuratedInput, ICuratedInput<Defender, DefenderInput>
{
    private const int BioLength = 8000;

    public Optional<string?> Alias { get; init; }
    public Optional<string?> LegalName { get; init; }
    public Optional<string?> Contact { get; init; }
    public Optional<RiskLevel?> RiskLevel { get; init; }
    public Optional<bool?> PublicationConsent { get; init; }
    public Optional<string?> Bio { get; init; }
    public Optional<List<string>?> Countries { get; init; }

    /// <summary>Only a revision being applied gives these: its record of the consent stands, as the curator made it then.</summary>
    public Optional<DateTime?> ConsentRecordedAt { get; init; }

    /// <inheritdoc cref="ConsentRecordedAt"/>
    public Optional<string?> ConsentRecordedBy { get; init; }

    public static IReadOnlyList<LocalizedField> LocalizedFields { get; } = [new(nameof(Bio), BioLength)];

    public static IQueryable<Defender> WithLists(IQueryable<Defender> records) => records.Include(d => d.Countries).Include(d => d.Themes);

    public async Task ApplyAsync(Defender defender, GivenInput given)
    {
        given.Text(Alias, 120, required: true, alias => defender.Alias = alias ?? "");
        given.Text(LegalName, 300, required: false, name => defender.LegalName = name);
        given.Text(Contact, 500, required: false, contact => defender.Contact = contact);
        given.NotNull(RiskLevel, risk => defender.RiskLevel = risk);
        given.NotNull(PublicationConsent, consent => RecordConsent(given.Context, defender, consent));
        given.Value(ConsentRecordedAt, time => defender.ConsentRecordedAt = time);
        given.Value(ConsentRecordedBy, actor => defender.ConsentRecordedBy = actor);
        given.Text(Bio, BioLength, required: false, bio => defender.Bio = bio ?? "");
        await given.CountriesAsync(Countries, countries => defender.Countries = countries);
        await given.ThemesAsync(Themes, themes => defender.Themes = themes);
    }

    /// <summary>Consent given is recorded with the time and the curator; consent withdrawn leaves no record of who gave it.</summary>
    private static void RecordConsent(InputContext context, Defender defender, bool consent)
    {
        if (consent != defender.PublicationConsent)
        {
            defender.ConsentRecordedAt = consent ? context.Now : null;
            defender.ConsentRecordedBy = consent ? context.Viewer.Actor : null;
        }
        defender.PublicationConsent = consent;
    }

    /// <summary>A withdrawn consent and a higher risk hide the person from readers at once, not when the draft is published.</summary>
    public static void GuardAtOnce(Defender published, Defender draft)
    {
        if (published.PublicationConsent && !draft.PublicationConsent)
            (published.PublicationConsent, published.ConsentRecordedAt, published.ConsentRecordedBy) = (false, null, null);
        if (draft.RiskLevel > published.RiskLevel) published.RiskLevel = draft.RiskLevel;
    }

    /// <summary>A restored revision's consent is recorded anew, with the time and curator of the restore.</summary>
    public static DefenderInput Restoring(DefenderInput revision) => revision with
    {
        ConsentRecordedAt = Optional<DateTime?>.Missing(revision.ConsentRecordedAt.Field),
        ConsentRecordedBy = Optional<string?>.Missing(revision.ConsentRecordedBy.Field),
    };

    public static Dictionary<string, object?> Snapshot(Defender d) => Snapshots.Of(
        (nameof(Slug), d.Slug), (nameof(Alias), d.Alias), (nameof(LegalName), d.LegalName), (nameof(Contact), d.Contact),
        (nameof(RiskLevel), d.RiskLevel), (nameof(PublicationConsent), d.PublicationConsent),
        (nameof(ConsentRecordedAt), d.ConsentRecordedAt), (nameof(ConsentRecordedBy), d.ConsentRecordedBy),
        (nameof(Bio), d.Bio), (nameof(DefaultLocale), d.DefaultLocale), (nameof(Visibility), d.Visibility), (nameof(d.Status), d.Status),
        (nameof(Countries), d.Countries.Select(c => c.Code).Order().ToList()),
        (nameof(Themes), d.Themes.Select(t => t.Code).Order().ToList()));
}
