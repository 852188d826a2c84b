using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Audit;
using NetworkGraph.Data.Edges;

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
        services.AddSingleton<INodeSource>(new EntityNodeSource<Membership>((access, db) => access.Memberships(db)));
        services.AddSingleton<INodeSource>(new EntityNodeSource<Affiliation>((access, db) => access.Affiliations(db)));
        services.AddSingleton<INodeSource>(new EntityNodeSource<Partnership>((access, db) => access.Partnerships(db)));
        services.AddSingleton<INodeSource>(new EntityNodeSource<GoalSupport>((access, db) => access.GoalSupports(db)));
        services.AddSingleton<INodeSource>(new EntityNodeSource<Participation>((access, db) => access.Participations(db)));
    }
}
