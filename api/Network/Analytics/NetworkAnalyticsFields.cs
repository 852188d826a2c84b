using Microsoft.Extensions.Options;
using NetworkGraph.GraphQL.Limits;

namespace NetworkGraph.Api.Network.Analytics;

/// <summary><c>network { brokers communities stats reach }</c>: who holds the network together, its communities, its shape, and what one record reaches.</summary>
public static class NetworkAnalyticsFields
{
    public const double MaxResolution = 10;
    public const int MaxHops = 3;

    private const string Where = "where", Resolution = "resolution", Seed = "seed", Of = "of", Hops = "hops", Via = "via";
    private const string WhereDescription = "The part of the network to analyse; all of it unless given.";

    public static void AddTo(NetworkType network)
    {
        network.Field<NonNullGraphType<BrokerRankingType>>("brokers")
            .Description("The records that the shortest ways between others pass through most (betweenness), with how evenly their ties spread over communities.")
            .Argument<NetworkFilterInputType>(Where, WhereDescription)
            .WithCost(500)
            .Resolve(context => BrokerRanking.Of(context.Filtered(Where),
                context.RequestServices!.GetRequiredService<IOptions<NetworkOptions>>().Value.ExactBetweennessLimit, context.CancellationToken));
        network.Field<NonNullGraphType<CommunityPartitionType>>("communities")
            .Description("Groups of records more tied among themselves than to the others, found by Louvain's method.")
            .Argument<FloatGraphType>(Resolution, $"Above 1 favours smaller communities, below 1 bigger ones (above 0, at most {MaxResolution}).",
                argument => argument.DefaultValue = 1.0)
            .Argument<IntGraphType>(Seed, "The seed of the order in which records are visited: the same network, resolution and seed give the same communities.",
                argument => argument.DefaultValue = 0)
            .Argument<NetworkFilterInputType>(Where, WhereDescription)
            .WithCost(300)
            .Resolve(context =>
            {
                var resolution = context.Positive(Resolution, MaxResolution);
                return CommunityPartition.Of(context.Filtered(Where), resolution, context.GetArgument<int>(Seed), context.CancellationToken);
            });
        network.Field<NonNullGraphType<NetworkStatsType>>("stats")
            .Description("The size and shape of the network: records and ties by type and kind, density, connected parts, degree and clustering.")
            .Argument<NetworkFilterInputType>(Where, WhereDescription)
            .WithCost(100)
            .Resolve(context => NetworkStats.Of(context.Filtered(Where), context.CancellationToken));
        network.Field<NonNullGraphType<ReachType>>("reach")
            .Description("What one record reaches within some ties: how many records, and the countries, themes and institutions they cover.")
            .Argument<NonNullGraphType<IdGraphType>>(Of)
            .Argument<IntGraphType>(Hops, $"How many ties away (1 to {MaxHops}).", argument => argument.DefaultValue = 2)
            .Argument<ListGraphType<NonNullGraphType<TieKindType>>>(Via, "Only ties of these kinds; any kind unless given.")
            .WithCost(50)
            .Resolve(context => Reach(context));
    }

    private static NetworkReach Reach(IResolveFieldContext<NetworkAnswer> context)
    {
        var network = context.Source.View.Whole;
        var hops = context.Within(Hops, 1, MaxHops);
        var via = context.Via(network, Via);
        return context.TryNode(network, Of, out var of) ? NetworkReach.Of(network, of, hops, via) : NetworkReach.None;
    }
}
