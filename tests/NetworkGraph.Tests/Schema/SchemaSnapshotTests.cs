using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Schema;
using NetworkGraph.Data;
using NetworkGraph.GraphQL.Schema;
using NetworkGraph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace NetworkGraph.Tests.Schema;

/// <summary>
/// schema/schema.graphql is the reviewed, printed schema: every schema change shows up as a diff of it.
/// After an intended change run the tests once with UPDATE_SCHEMA=1 (which rewrites schema/schema.graphql),
/// delete Schema/__snapshots__/, run them again, and review both diffs.
/// </summary>
public sealed class SchemaSnapshotTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private async Task<string> PrintedSchema()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        return SchemaPrinter.Print(app.Services.GetRequiredService<NetworkGraphSchema>());
    }

    [Fact]
    public async Task The_printed_schema_is_the_committed_schema_graphql()
    {
        var printed = await PrintedSchema();
        var path = Repository.PathOf("schema", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1") await File.WriteAllTextAsync(path, printed);
        Assert.True(File.Exists(path), "schema/schema.graphql is missing: run the tests with UPDATE_SCHEMA=1 to write it.");
        var committed = await File.ReadAllTextAsync(path);
        Assert.True(committed == printed,
            "The schema differs from schema/schema.graphql. If the change is intended, run the tests with UPDATE_SCHEMA=1 and review the diff.");
    }

    [Fact]
    public async Task The_printed_schema_matches_its_snapshot() => Snapshot.Match(await PrintedSchema());
}
