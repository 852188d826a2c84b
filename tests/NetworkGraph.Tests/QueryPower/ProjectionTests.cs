using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Data.Seeding;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.QueryPower;

/// <summary>
/// List queries read only the columns their selection needs; every field must still answer exactly as it does
/// for a whole record (as <c>nodes(ids:)</c> loads it). The selections are built from the schema itself, so a
/// field added later is covered without a change here.
/// </summary>
public sealed class ProjectionTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private Task<NetworkGraphApp> App() => apps.For(DatabaseProvider.Sqlite, async app =>
    {
        _ = app.Server;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        await DemoNetwork.SeedAsync(db, 2026);
    });

    [Theory]
    [InlineData("organisations", "Organisation")]
    [InlineData("coalitions", "Coalition")]
    [InlineData("advocacyGoals", "AdvocacyGoal")]
    [InlineData("defenders", "Defender")]
    [InlineData("events", "Event")]
    [InlineData("campaigns", "Campaign")]
    public async Task A_projected_list_answers_every_field_as_the_whole_record_does(string list, string type)
    {
        var app = await App();
        var selection = await SelectionOf(app, type);
        var listed = (await app.DataAsync($"{{ {list}(first: 30) {{ nodes {{ {selection} }} }} }}"))[list]!["nodes"]!.AsArray();
        Assert.NotEmpty(listed);
        var ids = listed.Select(node => node!["id"]!.GetValue<string>()).ToArray();
        var whole = (await app.DataAsync($"query ($ids: [ID!]!) {{ nodes(ids: $ids) {{ ... on {type} {{ {selection} }} }} }}", new { ids }))["nodes"]!;
        Assert.Equal(whole.ToJsonString(), listed.ToJsonString());
    }

    [Fact]
    public async Task A_list_reads_only_the_columns_its_selection_needs()
    {
        var app = await App();
        var counter = app.Services.GetRequiredService<SqlStatementCounter>();
        await app.DataAsync("{ organisations(first: 5) { nodes { name } } }");
        Assert.Contains("\"Name\"", counter.LastQuery);
        Assert.DoesNotContain("\"Description\"", counter.LastQuery);
        Assert.DoesNotContain("\"Website\"", counter.LastQuery);
        await app.DataAsync("{ organisations(first: 5) { edges { node { ...details } } } } fragment details on Organisation { description website }");
        Assert.Contains("\"Description\"", counter.LastQuery);
        Assert.Contains("\"Website\"", counter.LastQuery);
    }

    /// <summary>Every field of the type without required arguments: scalars as they are, objects by their id or name.</summary>
    private static async Task<string> SelectionOf(NetworkGraphApp app, string type)
    {
        var data = await app.DataAsync($$"""
            {
              __schema { types { name interfaces { name } } }
              __type(name: "{{type}}") { fields { name args { type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
            }
            """);
        var nodeTypes = data["__schema"]!["types"]!.AsArray()
            .Where(t => t!["interfaces"]?.AsArray().Any(i => i!["name"]!.GetValue<string>() == "Node") == true)
            .Select(t => t!["name"]!.GetValue<string>()).ToHashSet();
        return string.Join(' ', data["__type"]!["fields"]!.AsArray()
            .Where(field => field!["args"]!.AsArray().All(arg => arg!["type"]!["kind"]!.GetValue<string>() != "NON_NULL"))
            .Select(field => field!["name"]!.GetValue<string>() + SubSelection(field!["type"]!, nodeTypes)));
    }

    private static string SubSelection(JsonNode type, IReadOnlySet<string> nodeTypes)
    {
        while (type["kind"]!.GetValue<string>() is "NON_NULL" or "LIST") type = type["ofType"]!;
        var name = type["name"]!.GetValue<string>();
        return type["kind"]!.GetValue<string>() switch
        {
            "OBJECT" when name.EndsWith("Connection", StringComparison.Ordinal) => " { totalCount }",
            "OBJECT" when nodeTypes.Contains(name) => " { id }",
            "OBJECT" => " { __typename }",
            _ => "",
        };
    }
}
