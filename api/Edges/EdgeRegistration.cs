using Microsoft.Extensions.DependencyInjection;

namespace NetworkGraph.Api.Edges;

public static class EdgeRegistration
{
    /// <summary>The mutations of every kind of edge, and edges as nodes that <c>node(id:)</c> finds through the access rules.</summary>
    public static void AddEdges(this IServiceCollection services)
    {
        services.AddSingleton<IMutationFields, MembershipMutations>();
        services.AddSingleton<IMutationFields, AffiliationMutations>();
        services.AddSingleton<IMutationFields, PartnershipMutations>();
        services.AddSingleton<IMutationFields, GoalSupportMutations>();
        services.AddSingleton<IMutationFields, ParticipationMutations>();
        foreach (var tie in Ties.All)
            services.AddSingleton(typeof(INodeSource), typeof(TieNodeSource<>).MakeGenericType(tie.EdgeType));
    }
}
