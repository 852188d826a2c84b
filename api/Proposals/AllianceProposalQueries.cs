using GraphQL.DataLoader;
using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Proposals;

/// <summary>The proposals the caller may see (<see cref="AccessRules.AllianceProposals"/>), as a list and as nodes.</summary>
public sealed class AllianceProposalQueries : IQueryFields, INodeSource
{
    private readonly EntityNodeSource<AllianceProposal> nodes = new((access, db) => access.AllianceProposals(db));

    public string TypeName => nodes.TypeName;

    public void AddTo(ObjectGraphType query) =>
        RootFields.AddList<AllianceProposalType, AllianceProposal, AllianceProposalFilter>(query, "allianceProposals",
            "Alliance proposals the caller may see: staff see all, a partner those its organisation made or is named in, newest first.",
            (access, db) => access.AllianceProposals(db));

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, string key) => nodes.Load(context, key);
}
