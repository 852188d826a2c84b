using System.Collections.Concurrent;
using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Access;

/// <summary>The kinds of record the visibility matrices try: one audience or state that the access rules treat apart.</summary>
public enum Subject { Public, PartnersOnly, StaffOnly, Draft, Archived, HighRisk, NoConsent }

/// <summary>
/// The tables the visibility matrices are generated from (README.md, "What callers see"): who may see each kind of record,
/// which record types it applies to, and one record per type and kind, with a word of its own to search for.
/// </summary>
public static class MatrixSubjects
{
    /// <summary>The roles that may see each kind of record.</summary>
    private static readonly Dictionary<Subject, Role[]> SeenBy = new()
    {
        [Subject.Public] = [Role.Anonymous, Role.Partner, Role.Curator, Role.Admin],
        [Subject.PartnersOnly] = [Role.Partner, Role.Curator, Role.Admin],
        [Subject.StaffOnly] = [Role.Curator, Role.Admin],
        [Subject.Draft] = [Role.Curator, Role.Admin],
        [Subject.Archived] = [Role.Curator, Role.Admin],
        [Subject.HighRisk] = [Role.Curator, Role.Admin],
        [Subject.NoConsent] = [Role.Partner, Role.Curator, Role.Admin],
    };

    private static readonly ConcurrentDictionary<(string, Subject), MatrixRecord> Records = new();

    public static readonly Role[] Roles = [Role.Anonymous, Role.Partner, Role.Curator, Role.Admin];

    /// <summary>The providers a matrix runs on: SQLite, and PostgreSQL when a server is configured.</summary>
    public static IEnumerable<DatabaseProvider> Providers => new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL }.Where(TestDatabase.IsConfigured);

    public static bool Sees(Role role, Subject subject) => SeenBy[subject].Contains(role);

    /// <summary>The record types each kind applies to: audiences and statuses to every type, risk and consent to defenders.</summary>
    public static string[] TypesOf(Subject subject) => subject is Subject.HighRisk or Subject.NoConsent ? ["Defender"] : ["Organisation", "Defender", "Coalition"];

    /// <summary>The kinds an edge has too: its own audience (an edge has no status, risk or consent).</summary>
    public static bool IsAudience(Subject subject) => subject is Subject.Public or Subject.PartnersOnly or Subject.StaffOnly;

    /// <summary>The audience of a kind: whom its visibility admits.</summary>
    public static Visibility AudienceOf(Subject subject) => subject switch
    {
        Subject.PartnersOnly => Visibility.Partners,
        Subject.StaffOnly => Visibility.Staff,
        _ => Visibility.Public,
    };

    /// <summary>The record of a type and kind: the same ID, slug and word wherever it is asked for.</summary>
    public static MatrixRecord Of(string type, Subject subject) =>
        Records.GetOrAdd((type, subject), key => New(key.Item1, key.Item2, $"matrix{key.Item1}{key.Item2}".ToLowerInvariant()));

    /// <summary>A record of a type and kind of its own, for a test that changes it; <paramref name="word"/> is its slug and name.</summary>
    public static MatrixRecord New(string type, Subject subject, string word) => new(type, subject, Guid.CreateVersion7(), word, word);

    /// <summary>A new entity for the record, as its kind has it: a draft, archived, an audience, a high risk or no consent.</summary>
    public static CuratedEntity Entity(MatrixRecord record)
    {
        var status = record.Subject switch { Subject.Draft => ContentStatus.Draft, Subject.Archived => ContentStatus.Archived, _ => ContentStatus.Published };
        var visibility = AudienceOf(record.Subject);
        CuratedEntity entity = record.Type switch
        {
            "Coalition" => Coalition(record.Word, status, visibility),
            "Organisation" => Organisation(record.Word, status, visibility),
            _ => Defender(record.Word, record.Subject == Subject.HighRisk ? RiskLevel.High : RiskLevel.Low, consent: record.Subject != Subject.NoConsent, status),
        };
        entity.Id = record.Id;
        entity.Visibility = visibility;
        return entity;
    }
}

/// <summary>A record of the matrices: its type, kind, ID, slug and the word only it is found by.</summary>
public sealed record MatrixRecord(string Type, Subject Subject, Guid Id, string Slug, string Word)
{
    public string GlobalId => NetworkGraph.GraphQL.Relay.GlobalId.Encode(Type, Id.ToString("N"));

    /// <summary>A record of the same type that does not exist, to compare a hidden one's answers with.</summary>
    public MatrixRecord Missing() => this with { Id = Guid.CreateVersion7(), Slug = "no-such-record", Word = "nosuchword" };
}
