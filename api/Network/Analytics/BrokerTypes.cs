namespace NetworkGraph.Api.Network.Analytics;

public sealed class BrokerRankingType : ObjectGraphType<BrokerRanking>
{
    public BrokerRankingType()
    {
        Name = nameof(BrokerRanking);
        Description = "The records of the network ranked as brokers: those that the shortest ways between other records pass through most.";
        Field(ranking => ranking.Sampled, nullable: true)
            .Description($"How many records the betweenness was estimated from (limit² / n, for n records above the limit " +
                $"{NetworkOptions.Section}:{nameof(NetworkOptions.ExactBetweennessLimit)}, drawn with a fixed seed); null when it is exact.");
        this.Ranked<BrokerRanking, BrokerType, Broker>(ranking => ranking.Nodes,
            "The records, best broker first: highest betweenness, then most ties, then in a fixed order.");
    }
}

public sealed class BrokerType : ObjectGraphType<Broker>
{
    public BrokerType()
    {
        Name = nameof(Broker);
        Description = "A record as a broker of the network.";
        Field<NonNullGraphType<NodeInterface>>(Naming.LowerCamel(nameof(Broker.Node)))
            .Resolve(context => NetworkNodes.Load(context, context.Source.Node.Record.GetType(), context.Source.Node.Id));
        Field(broker => broker.Betweenness)
            .Description("The share of the shortest ways between two other records that pass through this one, summed over every pair and " +
                "divided by the number of pairs, (n − 1)(n − 2) / 2 of the n records: from 0 to 1, as networkx normalises an undirected graph.");
        Field(broker => broker.Bridging)
            .Description("How evenly the record's ties spread over the communities of communities(resolution: 1, seed: 0): " +
                "1 − Σ (share of its ties into community c)², from 0 (all in one community, or no ties) towards 1.");
        Field(broker => broker.Degree).Description("How many ties the record has (two ties to the same record count as two).");
    }
}
