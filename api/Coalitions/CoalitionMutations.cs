namespace NetworkGraph.Api.Coalitions;

/// <summary>createCoalition, updateCoalition, publishCoalition and the other curation mutations of coalitions.</summary>
public sealed class CoalitionMutations : CuratedMutations<CoalitionType, Coalition, CoalitionInput>
{
    /// <summary>On create the slug and the name are required.</summary>
    protected override void AddFields(RecordInputGraphType<CoalitionInput> input, bool create)
    {
        input.Field(i => i.Slug, "Unique, lower-case, with hyphens: \"eastern-partnership-civil-society-forum\".", required: create);
        input.Field(i => i.Name, "The coalition's name in its default locale.", required: create);
        input.Field(i => i.Acronym);
        input.Field(i => i.Purpose, "What the coalition is for, in its default locale.");
        input.Field(i => i.FoundedOn);
        input.Field(i => i.DissolvedOn, "Not before foundedOn.");
    }
}
