using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Curation;

/// <summary>What the mutation tests of every curated type send and read back.</summary>
internal static class MutationChecks
{
    /// <summary>The record a mutation that must succeed changed, read from the payload's <paramref name="record"/> field.</summary>
    public static async Task<T> ChangedAsync<T>(GraphQLClient client, string name, string inputType, string selection, object input, string record) =>
        (await client.MutateAsync(name, inputType, selection, input)).AssertNoErrors().Data<T>(record);

    /// <summary>The payload of a mutation that must write nothing: the counts are the same after it.</summary>
    public static async Task<MutationPayload> NothingWrittenAsync(Func<Task<(int Records, int Revisions, int AuditEvents)>> counts, Func<Task<MutationPayload>> mutation)
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

    /// <summary>The payload's only error is a validation error of the field.</summary>
    public static void AssertValidationError(MutationPayload payload, string field) =>
        Assert.Equal(("VALIDATION", "ValidationError", $"input.{field}"), (payload.Error.Code, payload.Data<string>("errors[0].__typename"), payload.Error.Path));

    /// <summary>A translation waiting in a record's draft, by "field@locale".</summary>
    public static string? PendingTranslation(Draft draft, string key) =>
        JsonSerializer.Deserialize<DraftChanges>(draft.Snapshot!, JsonSerializerOptions.Web)!.Translations?.GetValueOrDefault(key);

    private sealed record DraftChanges(Dictionary<string, string?>? Translations);
}

/// <summary>A record's pending draft, as selected: its revision number, its content as JSON.</summary>
public sealed record Draft(int? Number = null, string? Snapshot = null);

public sealed record Translation(string Field, string Locale, string Text);
