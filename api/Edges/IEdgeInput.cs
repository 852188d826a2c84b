using NetworkGraph.Api.Audit;

namespace NetworkGraph.Api.Edges;

/// <summary>What the edge mutations need to know of one kind of edge; everything else is the same for every kind.</summary>
public interface IEdgeInput<T> where T : EdgeEntity
{
    /// <summary>The edge's GraphQL type name, e.g. "Membership": it names the mutations, their inputs and audit events.</summary>
    static abstract string RecordType { get; }

    /// <summary>The edge in lower case, as messages and audit actions name it, e.g. "membership".</summary>
    static abstract string Noun { get; }

    /// <summary>
    /// The records the edge joins, in groups: on add, exactly one end of each group is given (a membership joins a
    /// coalition and either an organisation or a defender). Ends never change; a tie that moves is ended and added anew.
    /// </summary>
    static abstract IReadOnlyList<EdgeEnd[]> Ends { get; }

    /// <summary>Columns besides the ends that tell two current edges apart (a partnership's kind); none unless given.</summary>
    static virtual IReadOnlyList<string> Distinguishing => [];

    /// <summary>The fields of this kind of edge (its role or kind); on update every one is optional.</summary>
    static abstract void AddFields(InputObjectGraphType type, bool create);

    /// <summary>Checks the given fields of this kind and copies the valid ones onto the edge.</summary>
    static abstract void Apply(T edge, IDictionary<string, object?> input, InputChecks checks);

    /// <summary>The fields of this kind as the audit log records them.</summary>
    static abstract Dictionary<string, object?> Snapshot(T edge);
}
