namespace NetworkGraph.Api.Publishing;

public static class CurationFields
{
    /// <summary>What curators read to change a record: its version, status and audience, its draft, translations and revisions.</summary>
    public static void AddCuration<T>(this ObjectGraphType<T> type, string noun) where T : CuratedEntity
    {
        type.Field(r => r.Version).Description("Changes with every save; updates send the version they were based on.");
        type.Field(r => r.Status).Description("Draft, published or archived.");
        type.Field(r => r.Visibility).Description($"Who may see the {noun} once published.");
        type.AddDraft();
        type.AddTranslations();
        type.AddRevisions();
    }
}
