using GraphQL.DataLoader;
using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Network.Analytics;

public sealed class CommunityPartitionType : ObjectGraphType<CommunityPartition>
{
    public CommunityPartitionType()
    {
        Name = nameof(CommunityPartition);
        Description = "The network split into communities by Louvain's method: groups of records more tied among themselves than to the others.";
        Field(partition => partition.Modularity)
            .Description("How much more the ties keep within communities than chance would (networkx's modularity at the resolution asked for).");
        Field(partition => partition.Count).Description("How many communities there are, records without ties counted as one each.");
        this.Ranked<CommunityPartition, CommunityType, Community>(partition => partition.Communities, "The communities, biggest first.");
    }
}

public sealed class CommunityType : ObjectGraphType<Community>
{
    public CommunityType()
    {
        Name = nameof(Community);
        Description = "A community of the network.";
        Field(community => community.Id).Description("The community's number in this partition, from 0 for the biggest.");
        Field(community => community.Size).Description("How many records it holds.");
        Field(community => community.Label)
            .Description($"The codes of the members' {CommunityLabel.Themes} most common themes and {CommunityLabel.Countries} most " +
                "common countries, most first: \"lgbtqi-rights, equality · AM, GE, AZ\"; empty when they have neither.");
        this.Connection<Community, NodeInterface, object>(Naming.LowerCamel(nameof(Community.Members)))
            .Description("The records of the community, most ties first.")
            .Resolve(Members);
    }

    /// <summary>The page asked for, and only its records loaded.</summary>
    private static IDataLoaderResult<Connection<object>> Members(IResolveFieldContext<Community> context)
    {
        var page = Paging.FromList(context.Source.Members,
            PageRequest.From(context, context.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value));
        return NetworkNodes.Load(context, page.Edges.Select(edge => edge.Node)).Then(records => new Connection<object>(
            [.. page.Edges.Zip(records, (edge, record) => new ConnectionEdge<object>(edge.Cursor, record!))], page.PageInfo, page.CountTotal));
    }
}
