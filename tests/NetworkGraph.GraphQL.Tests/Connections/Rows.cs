using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace NetworkGraph.GraphQL.Tests.Connections;

/// <summary>A record with a unique id and two keys that may be missing.</summary>
public sealed record Row(int Id, int? Rank, string? Name);

public static class Rows
{
    /// <summary>
    /// The EF Core model of <see cref="Row"/>, built without a provider or database: a model builder without conventions
    /// knows the columns it is told of, nullable as their CLR types are.
    /// </summary>
    public static IModel Model { get; } = BuildModel();

    /// <summary>Eight rows; ranks 1–3 and names a–d repeat, and three ranks and two names are missing.</summary>
    public static List<Row> Sample() =>
    [
        new(1, 3, "b"), new(2, null, null), new(3, 1, "a"), new(4, 3, "c"),
        new(5, null, null), new(6, 2, "b"), new(7, 1, "d"), new(8, null, "a"),
    ];

    private static IModel BuildModel()
    {
        var builder = new ModelBuilder();
        builder.Entity<Row>(row =>
        {
            row.Property(r => r.Id);
            row.Property(r => r.Rank);
            row.Property(r => r.Name);
            row.HasKey(r => r.Id);
        });
        return builder.FinalizeModel();
    }
}
