using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Curation;

/// <summary>What the mutation tests of every curated type send and read back.</summary>
internal static class MutationChecks
{
    /// <summary>The mutation's payload; a GraphQL error instead of a payload fails the test.</summary>
    public static async Task<JsonNode> PayloadAsync(HttpClient client, string mutation, object input, string field)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query = mutation, variables = new { input } });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]![field]!;
    }

    /// <summary>The payload of <c>name(input: $input) { selection }</c> for an input of the given type.</summary>
    public static Task<JsonNode> MutateAsync(HttpClient client, string name, string inputType, string selection, object input) =>
        PayloadAsync(client, $"mutation ($input: {inputType}!) {{ {name}(input: $input) {{ {selection} }} }}", input, name);

    /// <summary>The record a mutation that must succeed changed, read from the payload's <paramref name="record"/> field.</summary>
    public static async Task<JsonNode> ChangedAsync(HttpClient client, string name, string inputType, string selection, object input, string record)
    {
        var payload = await MutateAsync(client, name, inputType, selection, input);
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload[record]!;
    }

    /// <summary>The payload of a mutation that must write nothing: the counts are the same after it.</summary>
    public static async Task<JsonNode> NothingWrittenAsync(Func<Task<(int Records, int Revisions, int AuditEvents)>> counts, Func<Task<JsonNode>> mutation)
    {
        var before = await counts();
        var payload = await mutation();
        Assert.Equal(before, await counts());
        return payload;
    }

    /// <summary>How many records of the type, revisions and audit events there are: a failed mutation changes none.</summary>
    public static async Task<(int Records, int Revisions, int AuditEvents)> CountsAsync<T>(NetworkGraphApp app) where T : class
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync();
        return (await db.Set<T>().CountAsync(), await db.Revisions.CountAsync(), await db.AuditEvents.CountAsync());
    }

    public static string Code(JsonNode payload) => payload["errors"]![0]!["code"]!.GetValue<string>();

    /// <summary>The payload's only error is a validation error of the field.</summary>
    public static void AssertValidationError(JsonNode payload, string field)
    {
        var error = payload["errors"]!.AsArray().Single()!;
        Assert.Equal("ValidationError", error["__typename"]!.GetValue<string>());
        Assert.Equal(["input", field], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    /// <summary>A translation waiting in the record's draft, by "field@locale".</summary>
    public static string? PendingTranslation(JsonNode record, string key) =>
        JsonNode.Parse(record["draft"]!["snapshot"]!.GetValue<string>())!["translations"]?[key]?.GetValue<string>();
}
