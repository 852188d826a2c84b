namespace NetworkGraph.Api.Organisations;

/// <summary>createOrganisation, updateOrganisation, publishOrganisation and the other curation mutations of organisations.</summary>
public sealed class OrganisationMutations : CuratedMutations<OrganisationType, Organisation, OrganisationInput>
{
    /// <summary>On create the first four fields are required.</summary>
    protected override void AddFields(RecordInputGraphType<OrganisationInput> input, bool create)
    {
        input.Field(i => i.Slug, "Unique, lower-case, with hyphens: \"civic-voice-armenia\".", required: create);
        input.Field(i => i.Name, "The organisation's name in its default locale.", required: create);
        input.Field(i => i.Kind, required: create);
        input.Field(i => i.HeadquartersCountry, "ISO 3166-1 alpha-2 code of the headquarters' country.", required: create);
        input.Field(i => i.Acronym);
        input.Field(i => i.Website, "An http or https address.");
        input.Field(i => i.FoundedYear);
        input.Field(i => i.Description, "What the organisation does, in its default locale.");
        input.Field(i => i.OperatingCountries, "ISO codes of the countries it works in.");
    }
}
