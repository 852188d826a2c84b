using GraphQL.Types;

namespace NetworkGraph.Api.GraphQL.Schema;

/// <summary>A feature's contribution to the root Query type.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
