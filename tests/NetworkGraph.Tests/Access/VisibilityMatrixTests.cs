using System.Collections.Concurrent;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Access;

/// <summary>
/// What each role sees of each kind of record, by each path to it — generated from the tables below, not written out
/// case by case. Where a record is hidden, every path answers as it would for a record that does not exist.
/// </summary>
public sealed class VisibilityMatrixTests(VisibilityMatrixTests.Apps apps) : IClassFixture<VisibilityMatrixTests.Apps>
{
    public enum Subject { Public, PartnersOnly, StaffOnly, Draft, HighRisk, NoConsent }

    public enum Path { Node, List, Relation, Search, TotalCount, Slug }

    /// <summary>The roles that may see each kind of record (README.md, "What callers see").</summary>
    private static readonly Dictionary<Subject, Role[]> SeenBy = new()
    {
        [Subject.Public] = [Role.Anonymous, Role.Partner, Role.Curator, Role.Admin],
        [Subject.PartnersOnly] = [Role.Partner, Role.Curator, Role.Admin],
        [Subject.StaffOnly] = [Role.Curator, Role.Admin],
        [Subject.Draft] = [Role.Curator, Role.Admin],
        [Subject.HighRisk] = [Role.Curator, Role.Admin],
        [Subject.NoConsent] = [Role.Partner, Role.Curator, Role.Admin],
    };

    /// <summary>The record types each kind applies to: audiences and drafts to every type, risk and consent to defenders.</summary>
    private static string[] TypesOf(Subject subject) => subject is Subject.HighRisk or Subject.NoConsent ? ["Defender"] : ["Organisation", "Defender", "Coalition"];

    /// <summary>Where each type is listed, and the visible record whose relation reaches it: a coalition's members, or an organisation's coalitions.</summary>
    private static readonly Dictionary<string, (string List, string Origin, string Relation)> PathsOf = new()
    {
        ["Organisation"] = ("organisations", "coalition(slug: \"matrix-coalition\")", "members"),
        ["Defender"] = ("defenders", "coalition(slug: \"matrix-coalition\")", "defenders"),
        ["Coalition"] = ("coalitions", "organisation(slug: \"matrix-anchor\")", "coalitions"),
    };

    public static TheoryData<DatabaseProvider, Role, string, Subject, Path> Matrix()
    {
        var cases = new TheoryData<DatabaseProvider, Role, string, Subject, Path>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL }.Where(TestDatabase.IsConfigured))
            foreach (var role in new[] { Role.Anonymous, Role.Partner, Role.Curator, Role.Admin })
                foreach (var subject in Enum.GetValues<Subject>())
                    foreach (var type in TypesOf(subject))
                        foreach (var path in Enum.GetValues<Path>())
                            cases.Add(provider, role, type, subject, path);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_role_sees_a_record_by_a_path_exactly_when_the_rules_allow(DatabaseProvider provider, Role role, string type, Subject subject, Path path)
    {
        var client = await apps.ClientAsync(provider, role);
        var record = Records.Of(type, subject);
        var expected = SeenBy[subject].Contains(role);
        var seen = await SeesAsync(client, role, record, path);
        Assert.True(expected == seen, $"{role} {(expected ? "should" : "should not")} see the {subject} {type} by {path}.");
        if (!expected)
        {
            var missing = record with { Id = Guid.CreateVersion7(), Slug = "no-such-record", Word = "nosuchword" };
            Assert.Equal((await AnswerAsync(client, missing, path)).Body, (await AnswerAsync(client, record, path)).Body);
        }
    }

    private static async Task<bool> SeesAsync(GraphQLClient client, Role role, Record record, Path path)
    {
        var answer = await AnswerAsync(client, record, path);
        return path switch
        {
            Path.Node => answer.Data<Identified?>("node") is not null,
            Path.Slug => answer.Data<Identified?>("bySlug") is not null,
            Path.List => answer.Data<Identified[]>("list.nodes").Length == 1,
            Path.Relation => answer.Data<Identified[]>("origin.related.nodes").Contains(new Identified(record.GlobalId)),
            Path.Search => answer.Data<object[]>("search.nodes").Length == 1,
            Path.TotalCount => (answer.Data<int>("list.totalCount"), answer.Data<int>("search.totalCount"),
                answer.Data<int>("origin.related.totalCount") == VisibleMembers(record.Type, role)) switch
            {
                (1, 1, true) => true,
                (0, 0, true) => false,
                var wrong => throw new InvalidOperationException($"Counts of list, search and relation disagree with the rules: {wrong}."),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(path)),
        };
    }

    /// <summary>How many records of the type the origin's relation reaches that the role may see, by the tables.</summary>
    private static int VisibleMembers(string type, Role role) =>
        Enum.GetValues<Subject>().Count(subject => TypesOf(subject).Contains(type) && SeenBy[subject].Contains(role));

    /// <summary>The answer to the path's query, whose whole body a hidden record's answer is compared with a missing one's by.</summary>
    private static async Task<GraphQLResponse> AnswerAsync(GraphQLClient client, Record record, Path path)
    {
        var (list, origin, relation) = PathsOf[record.Type];
        var query = path switch
        {
            Path.Node => "query ($id: ID!) { node(id: $id) { id } }",
            Path.Slug => $"query ($slug: String!) {{ bySlug: {record.Type.ToLowerInvariant()}(slug: $slug) {{ id }} }}",
            Path.List => $"query ($slug: String!) {{ list: {list}(where: {{ slug: {{ eq: $slug }} }}) {{ nodes {{ id }} }} }}",
            Path.Relation => $"{{ origin: {origin} {{ related: {relation}(first: 50) {{ nodes {{ id }} }} }} }}",
            Path.Search => "query ($word: String!) { search(text: $word) { nodes { __typename } } }",
            Path.TotalCount => $$"""
                query ($slug: String!, $word: String!) {
                  list: {{list}}(where: { slug: { eq: $slug } }) { totalCount }
                  search(text: $word) { totalCount }
                  origin: {{origin}} { related: {{relation}} { totalCount } }
                }
                """,
            _ => throw new ArgumentOutOfRangeException(nameof(path)),
        };
        return (await client.QueryAsync(query, new { id = record.GlobalId, slug = record.Slug, word = record.Word })).AssertNoErrors();
    }

    public sealed record Record(string Type, Guid Id, string Slug, string Word)
    {
        public string GlobalId => NetworkGraph.GraphQL.Relay.GlobalId.Encode(Type, Id.ToString("N"));
    }

    /// <summary>
    /// One record per type and kind, each with a word of its own to search for: organisations and defenders are members
    /// of one public coalition, coalitions have one public organisation as their member.
    /// </summary>
    private static class Records
    {
        private static readonly ConcurrentDictionary<(string, Subject), Record> All = new();

        public static Record Of(string type, Subject subject) => All.GetOrAdd((type, subject), key =>
        {
            var word = $"matrix{key.Item1}{key.Item2}".ToLowerInvariant();
            return new Record(key.Item1, Guid.CreateVersion7(), word, word);
        });

        public static void Seed(NetworkGraphDbContext db)
        {
            var coalition = Coalition("Matrix Coalition");
            var anchor = Organisation("Matrix Anchor");
            db.AddRange(coalition, anchor);
            foreach (var subject in Enum.GetValues<Subject>())
            {
                foreach (var type in TypesOf(subject))
                {
                    var record = Of(type, subject);
                    var (status, visibility) = subject switch
                    {
                        Subject.PartnersOnly => (ContentStatus.Published, Visibility.Partners),
                        Subject.StaffOnly => (ContentStatus.Published, Visibility.Staff),
                        Subject.Draft => (ContentStatus.Draft, Visibility.Public),
                        _ => (ContentStatus.Published, Visibility.Public),
                    };
                    if (type == "Coalition")
                    {
                        var subjectCoalition = Coalition(record.Word, status, visibility);
                        subjectCoalition.Id = record.Id;
                        db.AddRange(subjectCoalition, Member(subjectCoalition, anchor));
                    }
                    else if (type == "Organisation")
                    {
                        var organisation = Organisation(record.Word, status, visibility);
                        organisation.Id = record.Id;
                        db.AddRange(organisation, Member(coalition, organisation));
                    }
                    else
                    {
                        var defender = Defender(record.Word, subject == Subject.HighRisk ? RiskLevel.High : RiskLevel.Low, consent: subject != Subject.NoConsent, status);
                        defender.Id = record.Id;
                        defender.Visibility = visibility;
                        db.AddRange(defender, Member(coalition, defender));
                    }
                }
            }
        }
    }

    /// <summary>One seeded app per provider, and one client per role on it; the partner's key acts for an organisation of its own.</summary>
    public sealed class Apps : AppFixture
    {
        private readonly ConcurrentDictionary<(DatabaseProvider, Role), Lazy<Task<GraphQLClient>>> clients = new();
        private static readonly Guid PartnerHome = Guid.CreateVersion7();

        public Task<GraphQLClient> ClientAsync(DatabaseProvider provider, Role role) =>
            clients.GetOrAdd((provider, role), _ => new(async () =>
            {
                var app = await For(provider, app => app.SeedAsync(db =>
                {
                    Records.Seed(db);
                    var home = Organisation("Matrix Partner Home");
                    home.Id = PartnerHome;
                    db.Add(home);
                }));
                return await app.ClientAsync(role, role == Role.Partner ? PartnerHome : null);
            })).Value;
    }
}
