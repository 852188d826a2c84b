using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Curation.MutationChecks;

namespace NetworkGraph.Tests.Curation;

/// <summary>The scheduler publishes and unpublishes at the scheduled times; the test moves a fake clock, it never sleeps on one.</summary>
public sealed class ScheduledPublishingTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private NetworkGraphApp app = null!;

    public Task InitializeAsync()
    {
        app = new NetworkGraphApp(TestDatabase.Create(DatabaseProvider.Sqlite),
            new Dictionary<string, string> { ["Publishing:ScheduleInterval"] = "00:01:00" },
            services => services.AddSingleton<TimeProvider>(clock));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static Task<Versioned> Mutate(GraphQLClient client, string name, string inputType, object input, string record = "organisation") =>
        ChangedAsync<Versioned>(client, name, inputType, $"{record} {{ id version }} errors {{ code message }}", input, record);

    private Task<bool> PublicEventually(bool visible) => Eventually(async () =>
        (await app.QueryAsync("{ organisation(slug: \"scheduled-org\") { name } }")).AssertNoErrors().Data<Named?>("organisation") is not null == visible);

    /// <summary>Waits (boundedly, in real time) for the background worker to have acted on the fake clock's tick.</summary>
    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition()) return true;
            await Task.Delay(50);
        }
        return false;
    }

    [Fact]
    public async Task A_scheduled_publish_and_unpublish_happen_through_the_worker_when_their_time_comes()
    {
        var curator = await app.CuratorClientAsync();
        var created = await Mutate(curator, "createOrganisation", "CreateOrganisationInput",
            new { slug = "scheduled-org", name = "Scheduled", kind = "NGO", headquartersCountry = "UA" });
        await Mutate(curator, "scheduleOrganisation", "ScheduleInput", new
        {
            id = created.Id, expectedVersion = created.Version,
            publishAt = clock.GetUtcNow().AddHours(1), unpublishAt = clock.GetUtcNow().AddHours(3),
        });

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.True(await PublicEventually(visible: false));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await PublicEventually(visible: true), "The worker did not publish at publishAt.");

        clock.Advance(TimeSpan.FromHours(2));
        Assert.True(await PublicEventually(visible: false), "The worker did not unpublish at unpublishAt.");
    }

    [Fact]
    public async Task The_worker_publishes_every_curated_type_not_only_organisations()
    {
        var curator = await app.CuratorClientAsync();
        var id = (await Mutate(curator, "createCoalition", "CreateCoalitionInput", new { slug = "scheduled-coalition", name = "Scheduled" }, "coalition")).Id;
        await Mutate(curator, "scheduleCoalition", "ScheduleInput", new { id, expectedVersion = 1, publishAt = clock.GetUtcNow().AddHours(1) }, "coalition");

        clock.Advance(TimeSpan.FromMinutes(61));
        Assert.True(await Eventually(async () => (await app.QueryAsync("query ($id: ID!) { node(id: $id) { id } }", new { id })).AssertNoErrors().Data<Identified?>("node") is not null),
            "The worker did not publish the coalition at publishAt.");
    }

    [Fact]
    public async Task An_unpublish_time_before_the_publish_time_is_a_validation_error()
    {
        var curator = await app.CuratorClientAsync();
        var created = await Mutate(curator, "createOrganisation", "CreateOrganisationInput",
            new { slug = "badly-scheduled", name = "Bad", kind = "NGO", headquartersCountry = "UA" });
        var refused = await curator.MutateAsync("scheduleOrganisation", "ScheduleInput", "errors { code path }",
            new { id = created.Id, expectedVersion = 1, publishAt = clock.GetUtcNow().AddDays(2), unpublishAt = clock.GetUtcNow().AddDays(1) });
        Assert.Equal(("VALIDATION", "input.unpublishAt"), (refused.Error.Code, refused.Error.Path));
    }
}
