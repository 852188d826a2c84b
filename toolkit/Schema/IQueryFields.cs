using GraphQL.Types;

namespace NetworkGraph.GraphQL.Schema;

/// <summary>A feature's contribution to the root Query type.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
