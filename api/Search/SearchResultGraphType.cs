namespace NetworkGraph.Api.Search;

public sealed class SearchResultGraphType : UnionGraphType
{
    public SearchResultGraphType()
    {
        Name = "SearchResult";
        Description = "A record found by a search.";
        Type<OrganisationType>();
        Type<DefenderType>();
        Type<CoalitionType>();
        Type<AdvocacyGoalType>();
        Type<EventType>();
        Type<CampaignType>();
    }
}

/// <summary>The kinds of record a search can be limited to: the record types whose entries the search index holds, by their names.</summary>
public enum SearchableType { Organisation, Defender, Coalition, AdvocacyGoal, Event, Campaign }
