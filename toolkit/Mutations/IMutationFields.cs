using GraphQL.Types;

namespace NetworkGraph.GraphQL.Mutations;

/// <summary>A feature's contribution to the root Mutation type.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        foreach (var feature in features) feature.AddTo(this);
    }
}
