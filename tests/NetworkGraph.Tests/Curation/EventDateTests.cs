using NetworkGraph.Data;
using NetworkGraph.Data.Events;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Curation.MutationChecks;

namespace NetworkGraph.Tests.Curation;

/// <summary>An event does not end before it starts, also when an update moves only one of its dates.</summary>
public sealed class EventDateTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Selection = "event { id version startsOn endsOn } errors { __typename code message path }";

    private static Task<MutationPayload> Update(GraphQLClient client, object input) => client.MutateAsync("updateEvent", "UpdateEventInput", Selection, input);

    /// <summary>Runs a mutation that must succeed; returns the event's version after it.</summary>
    private static Task<int> Changed(GraphQLClient client, string name, string inputType, object input) =>
        ChangedAsync<int>(client, name, inputType, Selection, input, "event.version");

    [Theory]
    [MemberData(nameof(AppFixture.Providers), MemberType = typeof(AppFixture))]
    public async Task Moving_one_date_past_the_stored_other_is_a_validation_error_of_endsOn_and_nothing_is_written(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var curator = await app.CuratorClientAsync();
        var id = await ChangedAsync<string>(curator, "createEvent", "CreateEventInput", Selection,
            new { slug = $"dated-{provider}".ToLowerInvariant(), title = "Litigation school", kind = "TRAINING", startsOn = "2025-05-01", endsOn = "2025-05-03" }, "event.id");
        var version = await Changed(curator, "publishEvent", "RecordVersionInput", new { id, expectedVersion = 1 });

        var early = await NothingWrittenAsync(() => CountsAsync<Event>(app), () => Update(curator, new { id, expectedVersion = version, endsOn = "2025-04-30" }));
        var late = await NothingWrittenAsync(() => CountsAsync<Event>(app), () => Update(curator, new { id, expectedVersion = version, startsOn = "2025-05-04" }));
        AssertValidationError(early, "endsOn");
        AssertValidationError(late, "endsOn");

        // On a published event the stored other date is the draft's.
        version = await Changed(curator, "updateEvent", "UpdateEventInput", new { id, expectedVersion = version, startsOn = "2025-05-03" });
        AssertValidationError(await Update(curator, new { id, expectedVersion = version, endsOn = "2025-05-02" }), "endsOn");
    }
}
