using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;
using NetworkGraph.Data.Changes;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Network;

/// <summary>
/// The change log: every change that can alter the network appends a row in the transaction of the change, and a reader
/// that follows it ("everything after N") misses nothing, even when transactions commit in another order than they began.
/// </summary>
public sealed class ChangeLogTests(AppFixture apps) : IClassFixture<AppFixture>
{
    public static TheoryData<DatabaseProvider> Providers => AppFixture.Providers;

    private static async Task<List<LoggedChange>> ChangesAfterAsync(NetworkGraphApp app, long sequence)
    {
        await using var db = await Contexts(app).CreateDbContextAsync();
        return await ChangeLog.AfterAsync(db, sequence, 1000, CancellationToken.None);
    }

    private static IDbContextFactory<NetworkGraphDbContext> Contexts(NetworkGraphApp app) =>
        app.Services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>();

    private static async Task<long> LatestAsync(NetworkGraphApp app)
    {
        await using var db = await Contexts(app).CreateDbContextAsync();
        return await ChangeLog.LatestAsync(db, CancellationToken.None);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Every_change_to_a_record_or_a_tie_appends_its_kind_in_order(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var curator = await app.CuratorClientAsync();
        var start = await LatestAsync(app);

        var organisation = (await curator.MutateAsync("createOrganisation", "CreateOrganisationInput", "organisation { id version } errors { code message path }",
            new { slug = $"log-{Guid.NewGuid():N}", name = "Log Watch", kind = "NGO", headquartersCountry = "GE" })).AssertNoErrors();
        var organisationId = organisation.Data<string>("organisation.id");
        var published = (await curator.MutateAsync("publishOrganisation", "RecordVersionInput", "organisation { version } errors { code message path }",
            new { id = organisationId, expectedVersion = organisation.Data<int>("organisation.version") })).AssertNoErrors();
        var partner = (await curator.MutateAsync("createOrganisation", "CreateOrganisationInput", "organisation { id } errors { code message path }",
            new { slug = $"log-{Guid.NewGuid():N}", name = "Log Partner", kind = "NGO", headquartersCountry = "AM" })).AssertNoErrors();
        var tie = (await curator.MutateAsync("addPartnership", "AddPartnershipInput", "partnership { id version } errors { code message path }",
            new { organisation = organisationId, partner = partner.Data<string>("organisation.id"), kind = "PARTNER" })).AssertNoErrors();
        (await curator.MutateAsync("endPartnership", "EndEdgeInput", "partnership { id } errors { code message path }",
            new { id = tie.Data<string>("partnership.id"), expectedVersion = tie.Data<int>("partnership.version") })).AssertNoErrors();
        (await curator.MutateAsync("archiveOrganisation", "RecordVersionInput", "organisation { id } errors { code message path }",
            new { id = organisationId, expectedVersion = published.Data<int>("organisation.version") })).AssertNoErrors();

        var changes = await ChangesAfterAsync(app, start);
        var organisationGuid = GlobalId.DecodeGuid(organisationId, "Organisation");
        var tieGuid = GlobalId.DecodeGuid(tie.Data<string>("partnership.id"), "Partnership");
        Assert.Equal(
            [("Organisation", organisationGuid, ChangeKind.Created), ("Organisation", organisationGuid, ChangeKind.Published),
             ("Organisation", GlobalId.DecodeGuid(partner.Data<string>("organisation.id"), "Organisation"), ChangeKind.Created),
             ("Partnership", tieGuid, ChangeKind.Added), ("Partnership", tieGuid, ChangeKind.Ended),
             ("Organisation", organisationGuid, ChangeKind.Archived)],
            changes.Select(change => (change.RecordType, change.RecordId!.Value, change.Kind)));
        Assert.True(changes.Zip(changes.Skip(1)).All(pair => pair.First.Sequence < pair.Second.Sequence));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_change_that_fails_appends_nothing(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var curator = await app.CuratorClientAsync();
        var start = await LatestAsync(app);
        var refused = await curator.MutateAsync("createOrganisation", "CreateOrganisationInput", "organisation { id } errors { code message path }",
            new { slug = "Not A Slug", name = "Log Refused", kind = "NGO", headquartersCountry = "GE" });
        Assert.Equal(["VALIDATION"], refused.ErrorCodes);
        Assert.Empty(await ChangesAfterAsync(app, start));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_erasure_names_nobody_in_the_log_and_takes_the_persons_changes_with_it(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var defender = TestData.Defender($"Logged {Guid.NewGuid():N}");
        await app.SeedAsync(db => db.Add(defender));
        await using (var db = await Contexts(app).CreateDbContextAsync())
        {
            ChangeLog.Record(db, "Defender", defender.Id, ChangeKind.Published);
            await ChangeLog.SaveAsync(db, alsoInTransaction: null, CancellationToken.None);
        }
        var start = await LatestAsync(app);
        using var admin = await app.KeyClientAsync(Data.Access.Role.Admin);
        (await admin.MutateAsync("eraseDefender", "EraseDefenderInput", "erasedId errors { code message path }",
            new { id = GlobalId.Encode("Defender", defender.Id.ToString("N")), confirmAlias = defender.Alias })).AssertNoErrors();

        var erasure = Assert.Single(await ChangesAfterAsync(app, start));
        Assert.Equal(("Defender", (Guid?)null, ChangeKind.Erased), (erasure.RecordType, erasure.RecordId, erasure.Kind));
        await using var read = await Contexts(app).CreateDbContextAsync();
        Assert.False(await read.ChangeLog.AnyAsync(change => change.RecordId == defender.Id));
    }

    /// <summary>
    /// Writers that commit out of the order they drew their numbers in (each holds its transaction open a random while
    /// after writing) and a reader that keeps asking for what came after the last row it saw: the reader sees every row.
    /// </summary>
    [Theory, MemberData(nameof(Providers))]
    public async Task A_reader_that_follows_the_log_misses_nothing_that_concurrent_writers_commit(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var start = await LatestAsync(app);
        var writing = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            var random = new Random(writer);
            for (var i = 0; i < 10; i++) await WriteSlowlyAsync(app, random.Next(0, 25));
        })).ToList();

        var seen = new List<long>();
        var last = start;
        while (true)
        {
            var done = writing.All(task => task.IsCompleted);
            foreach (var change in await ChangesAfterAsync(app, last))
            {
                seen.Add(change.Sequence);
                last = change.Sequence;
            }
            if (done) break;
            await Task.Delay(2);
        }
        await Task.WhenAll(writing);

        Assert.Equal(40, seen.Count);
        Assert.Equal((await ChangesAfterAsync(app, start)).Select(change => change.Sequence), seen);
    }

    /// <summary>One change saved as every change is saved (the log's lock, then the row), committed after a pause.</summary>
    private static async Task WriteSlowlyAsync(NetworkGraphApp app, int pauseMilliseconds)
    {
        await using var db = await Contexts(app).CreateDbContextAsync();
        ChangeLog.Record(db, "Organisation", Guid.CreateVersion7(), ChangeKind.Updated);
        await ChangeLog.SaveAsync(db, () => Task.Delay(pauseMilliseconds), CancellationToken.None);
    }
}
