using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Access.MatrixSubjects;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Access;

/// <summary>
/// What each role sees of each kind of record, by each path to it — generated from the tables of <see cref="MatrixSubjects"/>,
/// not written out case by case. Where a record is hidden, every path answers as it would for a record that does not exist.
/// </summary>
public sealed class VisibilityMatrixTests(VisibilityMatrixTests.Apps apps) : IClassFixture<VisibilityMatrixTests.Apps>
{
    public enum Path { Node, List, Relation, Search, TotalCount, Slug }

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
        foreach (var provider in Providers)
            foreach (var role in Roles)
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
        var record = MatrixSubjects.Of(type, subject);
        var expected = Sees(role, subject);
        var seen = await SeesAsync(client, role, record, path);
        Assert.True(expected == seen, $"{role} {(expected ? "should" : "should not")} see the {subject} {type} by {path}.");
        if (!expected)
        {
            Assert.Equal((await AnswerAsync(client, record.Missing(), path)).Body, (await AnswerAsync(client, record, path)).Body);
        }
    }

    private static async Task<bool> SeesAsync(GraphQLClient client, Role role, MatrixRecord record, Path path)
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
        Enum.GetValues<Subject>().Count(subject => TypesOf(subject).Contains(type) && Sees(role, subject));

    /// <summary>The answer to the path's query, whose whole body a hidden record's answer is compared with a missing one's by.</summary>
    private static async Task<GraphQLResponse> AnswerAsync(GraphQLClient client, MatrixRecord record, Path path)
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

    /// <summary>
    /// One record per type and kind: organisations and defenders are members of one public coalition, coalitions have
    /// one public organisation as their member.
    /// </summary>
    private static void Seed(NetworkGraphDbContext db)
    {
        var coalition = Coalition("Matrix Coalition");
        var anchor = Organisation("Matrix Anchor");
        db.AddRange(coalition, anchor);
        foreach (var subject in Enum.GetValues<Subject>())
        {
            foreach (var type in TypesOf(subject))
            {
                var entity = Entity(MatrixSubjects.Of(type, subject));
                db.AddRange(entity, entity switch
                {
                    Coalition subjectCoalition => Member(subjectCoalition, anchor),
                    Organisation organisation => Member(coalition, organisation),
                    _ => Member(coalition, (Defender)entity),
                });
            }
        }
    }

    public sealed class Apps() : MatrixApps(app => app.SeedAsync(Seed));
}
