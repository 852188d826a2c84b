namespace NetworkGraph.Api.Defenders;

/// <summary>createDefender, updateDefender, publishDefender and the other curation mutations of defenders.</summary>
public sealed class DefenderMutations : CuratedMutations<DefenderType, Defender, DefenderInput>
{
    /// <summary>On create the slug, alias and risk level are required.</summary>
    protected override void AddFields(RecordInputGraphType<DefenderInput> input, bool create)
    {
        input.Field(i => i.Slug, "Unique, lower-case, with hyphens, made from the alias: \"nika-b\".", required: create);
        input.Field(i => i.Alias, "The name the defender chose to be known by publicly.", required: create);
        input.Field(i => i.LegalName, "Restricted: the defender's legal name, never shown to readers.");
        input.Field(i => i.Contact, "Restricted: how to reach the defender, never shown to readers.");
        input.Field(i => i.RiskLevel, "How much the defender is at risk: readers see no defender above Elevated.", required: create);
        input.Field(i => i.PublicationConsent,
            "Whether the defender agreed to be shown publicly; false unless given. Its change is recorded with the time and the curator.");
        input.Field(i => i.Bio, "The defender's work, as the defender agreed to have it published, in the default locale.");
        input.Field(i => i.Countries, "ISO codes of the countries the defender works in.");
    }
}
