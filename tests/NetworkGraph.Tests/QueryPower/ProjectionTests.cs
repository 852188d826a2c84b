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
        var listed = (await app.QueryAsync($"{{ {list}(first: 30) {{ nodes {{ {selection} }} }} }}")).AssertNoErrors();
        var ids = listed.Data<Identified[]>($"{list}.nodes").Select(node => node.Id).ToArray();
        Assert.NotEmpty(ids);
        var whole = (await app.QueryAsync($"query ($ids: [ID!]!) {{ nodes(ids: $ids) {{ ... on {type} {{ {selection} }} }} }}", new { ids })).AssertNoErrors();
        Assert.Equal(whole.Data<JsonNode>("nodes").ToJsonString(), listed.Data<JsonNode>($"{list}.nodes").ToJsonString());
    }

    [Fact]
    public async Task A_list_reads_only_the_columns_its_selection_needs()
    {
        var app = await App();
        var counter = app.Services.GetRequiredService<SqlStatementCounter>();
        (await app.QueryAsync("{ organisations(first: 5) { nodes { name } } }")).AssertNoErrors();
        Assert.Contains("\"Name\"", counter.LastQuery);
        Assert.DoesNotContain("\"Description\"", counter.LastQuery);
        Assert.DoesNotContain("\"Website\"", counter.LastQuery);
        (await app.QueryAsync("{ organisations(first: 5) { edges { node { ...details } } } } fragment details on Organisation { description website }")).AssertNoErrors();
        Assert.Contains("\"Description\"", counter.LastQuery);
        Assert.Contains("\"Website\"", counter.LastQuery);
    }

    /// <summary>Every field of the type without required arguments: scalars as they are, objects by their id or name.</summary>
    private static async Task<string> SelectionOf(NetworkGraphApp app, string type)
    {
        var schema = (await app.QueryAsync($$"""
            {
              __schema { types { name interfaces { name } } }
              __type(name: "{{type}}") { fields { name args { type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
            }
            """)).AssertNoErrors();
        var nodeTypes = schema.Data<SchemaType[]>("__schema.types")
            .Where(t => t.Interfaces?.Contains(new Named("Node")) == true).Select(t => t.Name).ToHashSet();
        return string.Join(' ', schema.Data<Field[]>("__type.fields")
            .Where(field => field.Args.All(arg => arg.Type.Kind != "NON_NULL"))
            .Select(field => field.Name + SubSelection(field.Type, nodeTypes)));
    }

    private sealed record SchemaType(string Name, Named[]? Interfaces);

    private sealed record Field(string Name, Argument[] Args, TypeRef Type);

    private sealed record Argument(TypeRef Type);

    /// <summary>A type as introspection names it: a kind, and a name or the type it wraps (a list's items, a non-null's type).</summary>
    private sealed record TypeRef(string Kind, string? Name = null, TypeRef? OfType = null);

    private static string SubSelection(TypeRef type, IReadOnlySet<string> nodeTypes)
    {
        while (type.Kind is "NON_NULL" or "LIST") type = type.OfType!;
        var name = type.Name!;
        return type.Kind switch
        {
            "OBJECT" when name.EndsWith("Connection", StringComparison.Ordinal) => " { totalCount }",
            "OBJECT" when nodeTypes.Contains(name) => " { id }",
            "OBJECT" => " { __typename }",
            _ => "",
        };
    }
}
