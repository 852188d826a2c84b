using GraphQL.Builders;
using GraphQL.Types;

namespace NetworkGraph.GraphQL.Limits;

public static class CostMetadata
{
    private const string Key = "NetworkGraph.Cost";

    /// <summary>
    /// Gives a field known to be expensive its own cost, instead of 1 for an object or list field and 0 for a scalar;
    /// the cost is multiplied by the page sizes of the lists around the field like any other.
    /// </summary>
    public static TField WithCost<TField>(this TField field, int cost) where TField : IMetadataWriter
    {
        field.Metadata[Key] = cost;
        return field;
    }

    /// <inheritdoc cref="WithCost{TField}(TField, int)"/>
    public static FieldBuilder<TSource, TReturn> WithCost<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int cost)
    {
        field.FieldType.WithCost(cost);
        return field;
    }

    public static int? CostOf(FieldType field) => field.Metadata.TryGetValue(Key, out var cost) ? (int?)cost : null;
}
