using NetworkGraph.Api.Audit;

namespace NetworkGraph.Api.Edges;

/// <summary>What the edge mutations need to know of one kind of edge; everything else is the same for every kind.</summary>
public interface IEdgeInput<T> where T : EdgeEntity
{
    /// <summary>The edge's GraphQL type name, e.g. "Membership": it names the mutations, their inputs and audit events.</summary>
    static abstract string RecordType { get; }

    /// <summary>The edge in lower case, as messages and audit actions name it, e.g. "membership".</summary>
    static abstract string Noun { get; }

    /// <summary>The fields of this kind of edge (its role or kind); on update every one is optional.</summary>
    static abstract void AddFields(InputObjectGraphType type, bool create);

    /// <summary>Checks the given fields of this kind and copies the valid ones onto the edge.</summary>
    static abstract void Apply(T edge, IDictionary<string, object?> input, InputChecks checks);

    /// <summary>The fields of this kind as the audit log records them.</summary>
    static abstract Dictionary<string, object?> Snapshot(T edge);
}
