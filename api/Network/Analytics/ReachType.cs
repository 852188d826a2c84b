namespace NetworkGraph.Api.Network.Analytics;

public sealed class ReachType : ObjectGraphType<NetworkReach>
{
    public ReachType()
    {
        Name = "Reach";
        Description = "What one record reaches within some ties: how many records, and the countries, themes and institutions they cover, most first.";
        Field(reach => reach.Nodes).Description("How many records lie within reach, the record itself left out.");
        Field(reach => reach.Countries, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CountryCountType>>>))
            .Description("How many of them have each country: their own or, for a record without one (a coalition), those of the records it is tied to.");
        Field(reach => reach.Themes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ThemeCountType>>>))
            .Description("How many of them work on each theme, as they record it (a narrower theme is not counted under the broader one).");
        Field(reach => reach.Institutions, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<InstitutionCountType>>>))
            .Description("How many of them belong to each institution or grouping by place: one of their countries is a member (of any status), or they target it.");
    }
}
