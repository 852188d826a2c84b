namespace NetworkGraph.Api.Network.Analytics;

public sealed class NetworkStatsType : ObjectGraphType<NetworkStats>
{
    public NetworkStatsType()
    {
        Name = nameof(NetworkStats);
        Description = "The size and shape of the network. Density and clustering see two records as adjacent or not, however many ties join them.";
        Field(stats => stats.Nodes).Description("How many records.");
        Field(stats => stats.Ties).Description("How many ties.");
        Field(stats => stats.NodesByType, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RecordTypeCountType>>>))
            .Description("How many records of each type, most first.");
        Field(stats => stats.TiesByKind, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TieKindCountType>>>))
            .Description("How many ties of each kind, most first.");
        Field(stats => stats.Density).Description("The share of pairs of records that are tied: 2m / (n (n − 1)) for m tied pairs of n records; 0 below two records.");
        Field(stats => stats.Components).Description("How many connected parts the network falls into, a record without ties being one.");
        Field(stats => stats.LargestComponent).Description("How many records the largest connected part holds.");
        Field(stats => stats.AverageDegree).Description("Ties per record: twice the ties divided by the records; 0 without records.");
        Field(stats => stats.AverageClustering)
            .Description("The mean over records of the share of pairs of their neighbours that are tied to each other (0 for fewer than two neighbours), as networkx's average_clustering.");
    }
}
