using NetworkGraph.Api.Publishing;

namespace NetworkGraph.Api.Defenders;

/// <summary>
/// The fields curators set on a defender, checked and applied in one place for create and update: the public alias,
/// and the legal name and contact that no reader sees. Revisions record when and by whom consent was recorded.
/// </summary>
public sealed class DefenderInput : ICuratedInput<Defender>
{
    public static string RecordType => "Defender";
    public static string Noun => "defender";
    public static IReadOnlyDictionary<string, int> LocalizedFields { get; } = new Dictionary<string, int> { ["bio"] = 8000 };

    public static IQueryable<Defender> WithLists(IQueryable<Defender> records) => records.Include(d => d.Countries).Include(d => d.Themes);

    /// <summary>On create the slug, alias and risk level are required.</summary>
    public static void AddFields(InputObjectGraphType type, bool create)
    {
        type.Field("slug", SharedInput.Required<StringGraphType>(create)).Description("Unique, lower-case, with hyphens, made from the alias: \"nika-b\".");
        type.Field("alias", SharedInput.Required<StringGraphType>(create)).Description("The name the defender chose to be known by publicly.");
        type.Field<StringGraphType>("legalName").Description("Restricted: the defender's legal name, never shown to readers.");
        type.Field<StringGraphType>("contact").Description("Restricted: how to reach the defender, never shown to readers.");
        type.Field("riskLevel", SharedInput.Required<EnumerationGraphType<RiskLevel>>(create))
            .Description("How much the defender is at risk: readers see no defender above Elevated.");
        type.Field<BooleanGraphType>("publicationConsent")
            .Description("Whether the defender agreed to be shown publicly; false unless given. Its change is recorded with the time and the curator.");
        type.Field<StringGraphType>("bio").Description("The defender's work, as the defender agreed to have it published, in the default locale.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("countries").Description("ISO codes of the countries the defender works in.");
    }

    public static async Task ApplyAsync(GivenInput given, Defender defender)
    {
        given.Text("alias", 120, required: true, alias => defender.Alias = alias ?? "");
        given.Text("legalName", 300, required: false, name => defender.LegalName = name);
        given.Text("contact", 500, required: false, contact => defender.Contact = contact);
        given.NotNull<RiskLevel>("riskLevel", risk => defender.RiskLevel = risk);
        given.NotNull<bool>("publicationConsent", consent => RecordConsent(given.Context, defender, consent));
        // Only a revision being applied gives these: its record of the consent stands, as the curator made it then.
        given.Value("consentRecordedAt", time => defender.ConsentRecordedAt = time as DateTime?);
        given.Value("consentRecordedBy", actor => defender.ConsentRecordedBy = actor as string);
        given.Text("bio", LocalizedFields["bio"], required: false, bio => defender.Bio = bio ?? "");
        await given.ListAsync("countries", SharedInput.CountriesAsync, countries => defender.Countries = countries);
        await given.ListAsync("themes", SharedInput.ThemesAsync, themes => defender.Themes = themes);
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

    public static Dictionary<string, object?> Snapshot(Defender d) => new()
    {
        ["slug"] = d.Slug, ["alias"] = d.Alias, ["legalName"] = d.LegalName, ["contact"] = d.Contact, ["riskLevel"] = d.RiskLevel.ToString(),
        ["publicationConsent"] = d.PublicationConsent, ["consentRecordedAt"] = d.ConsentRecordedAt, ["consentRecordedBy"] = d.ConsentRecordedBy,
        ["bio"] = d.Bio, ["defaultLocale"] = d.DefaultLocale, ["visibility"] = d.Visibility.ToString(), ["status"] = d.Status.ToString(),
        ["countries"] = d.Countries.Select(c => c.Code).Order().ToList(),
        ["themes"] = d.Themes.Select(t => t.Code).Order().ToList(),
    };

    public static Dictionary<string, object?> InputFrom(string snapshot) =>
        SnapshotInput.From(snapshot, ("riskLevel", SnapshotInput.Enum<RiskLevel>), ("consentRecordedAt", SnapshotInput.Time));
}
