using System.Collections.Concurrent;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Reference;
using NetworkGraph.Data.Seeding;
using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Access;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Access.MatrixSubjects;
using static NetworkGraph.Tests.Infrastructure.TestData;

namespace NetworkGraph.Tests.Network;

/// <summary>
/// A small network of its own around one subject of the network matrix, tied to no other scene. Two public organisations,
/// "from" and "to", whose only short route runs through the subject: a record tied to both (a partner organisation, an
/// affiliated defender, a coalition of both), or for an edge subject a partnership between them; and a longer public
/// detour of partnerships, from — detour1 — detour2 — to. Every organisation of the scene is in a country of its own, which
/// filters isolate the scene by, and "to" operates in a second, so that ties to it cross a border. Answers are read back as
/// labels ("from", "subject", "from~subject" for a tie), so that a failure says what was found; an ID of no scene shows as itself.
/// </summary>
public sealed class NetworkScene
{
    private const string FromLabel = "from", ToLabel = "to", SubjectLabel = "subject";
    private static readonly string[] DetourLabels = [FromLabel, "detour1", "detour2", ToLabel];
    private static readonly ConcurrentDictionary<(string, Subject), NetworkScene> Scenes = new();

    /// <summary>The countries scenes take theirs from: every country but Georgia, where the other records of the tests are.</summary>
    private static readonly string[] Countries = [.. Csv.ReadEmbedded("countries.csv").Select(row => row["iso2"]).Where(code => code != "GE")];
    private static int countriesTaken;

    private readonly Dictionary<string, Guid> anchors;
    private readonly List<(string Label, Guid Id, string Type)> ties = [];
    private readonly Dictionary<string, string> labels = [];
    private readonly string name;

    private NetworkScene(string type, Subject subject, MatrixRecord? record, string name)
    {
        Type = type;
        Subject = subject;
        Record = record;
        this.name = name;
        (Country, SecondCountry) = (TakeCountry(), TakeCountry());
        anchors = DetourLabels.ToDictionary(label => label, _ => Guid.CreateVersion7());
        foreach (var (label, id) in anchors) labels[Node("Organisation", id)] = label;
        if (Record is not null) labels[Record.GlobalId] = SubjectLabel;
        string[] route = Record is null ? [FromLabel, ToLabel] : [FromLabel, SubjectLabel, ToLabel];
        var edgeType = type switch { "Defender" => "Affiliation", "Coalition" => "Membership", _ => EdgeType };
        foreach (var tie in TieLabels(route)) AddTie(tie, edgeType);
        foreach (var tie in TieLabels(DetourLabels)) AddTie(tie, EdgeType);
        Through = Written(route, TieLabels(route));
        Detour = Written(DetourLabels, TieLabels(DetourLabels));
    }

    /// <summary>The type of the edge subjects: a partnership between the anchors, of the subject's audience.</summary>
    public const string EdgeType = "Partnership";

    public string Type { get; }

    /// <summary>The scene's own country: that of every organisation of the scene.</summary>
    public string Country { get; }

    /// <summary>The second country of "to", where it operates too.</summary>
    public string SecondCountry { get; }

    public Subject Subject { get; }

    /// <summary>The subject when it is a record; null when it is the edge between the anchors.</summary>
    public MatrixRecord? Record { get; }

    public string From => Node("Organisation", anchors[FromLabel]);

    /// <summary>The record ID of "from": the organisation a partner's key acts for in tests of the scene.</summary>
    public Guid FromRecordId => anchors[FromLabel];

    public string To => Node("Organisation", anchors[ToLabel]);

    /// <summary>The short route from "from" to "to", through the subject, as <see cref="Describe"/> writes a path.</summary>
    public string Through { get; }

    /// <summary>The detour from "from" to "to", as <see cref="Describe"/> writes a path.</summary>
    public string Detour { get; }

    /// <summary>Every record and tie of the scene, as <see cref="Describe"/> writes them sorted.</summary>
    public string Whole => Written(Part(whole: true).Records, Part(whole: true).Ties, sorted: true);

    /// <summary>The scene's records, sorted, as <see cref="DescribeRecords"/> writes them: all of them, or those of the detour alone.</summary>
    public string Labels(bool whole) => Sorted(Part(whole).Records);

    /// <summary>The scene's records, each with its number of ties, as <see cref="DescribeDegrees"/> writes them: all, or those of the detour alone.</summary>
    public string Degrees(bool whole)
    {
        var (records, ties) = Part(whole);
        return Degreed(records.Select(record => (record, ties.Count(tie => tie.Split('~').Contains(record)))));
    }

    /// <summary>How many records and ties the scene holds, "5 records, 5 ties": all of them, or the detour's.</summary>
    public string Size(bool whole) => DescribeSize(Part(whole).Records.Count(), Part(whole).Ties.Count());

    /// <summary>The labels of records, sorted.</summary>
    public string DescribeRecords(IEnumerable<string> ids) => Sorted(ids.Select(Label));

    /// <summary>Records by label with their numbers of ties, "detour1:2 from:1", sorted.</summary>
    public string DescribeDegrees(IEnumerable<(string Id, int Degree)> records) => Degreed(records.Select(record => (Label(record.Id), record.Degree)));

    public static string DescribeSize(int records, int ties) => $"{records} records, {ties} ties";

    /// <summary>The records and ties of the detour's first <paramref name="hops"/> hops, as <see cref="Describe"/> writes them sorted.</summary>
    public string DetourStart(int hops) => Written(DetourLabels.Take(hops + 1), TieLabels(DetourLabels).Take(hops), sorted: true);

    /// <summary>The scene of a subject: the same records wherever it is asked for.</summary>
    public static NetworkScene Of(string type, Subject subject) => Scenes.GetOrAdd((type, subject), key =>
        new NetworkScene(key.Item1, key.Item2, key.Item1 == EdgeType ? null : MatrixSubjects.Of(key.Item1, key.Item2), $"{key.Item1} {key.Item2}"));

    /// <summary>A scene of its own around a public record of the type, for a test that changes it.</summary>
    public static NetworkScene Fresh(string type)
    {
        var name = $"{type} {Guid.NewGuid():N}";
        return new NetworkScene(type, Subject.Public, MatrixSubjects.New(type, Subject.Public, Slug($"scene {name}")), name);
    }

    /// <summary>The kinds the network matrix tries: every record of the access matrix, and an edge of each audience.</summary>
    public static IEnumerable<(string Type, Subject Subject)> Kinds =>
        Enum.GetValues<Subject>().SelectMany(subject => TypesOf(subject).Concat(IsAudience(subject) ? [EdgeType] : []).Select(type => (type, subject)));

    /// <summary>Records and ties by their labels, "from subject to | from~subject subject~to": sorted for a set, in order for a path.</summary>
    public string Describe(IEnumerable<string> nodeIds, IEnumerable<string> tieIds, bool sorted = false) =>
        Written(nodeIds.Select(Label), tieIds.Select(Label), sorted);

    /// <summary>
    /// Whether an answer, as described, is what a caller who may see the subject gets (true) or what one who may not gets
    /// (false); anything else fails the test, with the three descriptions.
    /// </summary>
    public bool Either(string observed, string seen, string hidden) =>
        observed == seen || (observed == hidden ? false
            : throw new Xunit.Sdk.XunitException($"The answer about the {Subject} {Type} is neither what those who see it get nor what others get.\n" +
                $"answer: {observed}\nseen:   {seen}\nhidden: {hidden}"));

    /// <summary>Writes the scene of every kind the matrix tries.</summary>
    public static Task SeedMatrixAsync(NetworkGraphApp app) => SeedAsync(app, [.. Kinds.Select(kind => Of(kind.Type, kind.Subject))]);

    /// <summary>Writes the scenes' records, then their ties.</summary>
    public static async Task SeedAsync(NetworkGraphApp app, params NetworkScene[] scenes)
    {
        var records = scenes.Select(scene => scene.Records()).ToList();
        await app.SeedAsync(db =>
        {
            db.AttachRange(records.SelectMany(scene => scene.Values.OfType<Organisation>().SelectMany(organisation => organisation.OperatingCountries)));
            db.AddRange(records.SelectMany(scene => scene.Values));
        });
        await app.SeedAsync(db => db.AddRange(scenes.Zip(records).SelectMany(pair => pair.First.Edges(pair.Second))));
    }

    /// <summary>New entities of the scene's records, by label.</summary>
    private Dictionary<string, CuratedEntity> Records()
    {
        var records = anchors.ToDictionary(anchor => anchor.Key, anchor =>
        {
            var organisation = Organisation($"Scene {name} {anchor.Key}", country: Country);
            organisation.Id = anchor.Value;
            if (anchor.Key == ToLabel) organisation.OperatingCountries.Add(new Country { Code = SecondCountry });
            return (CuratedEntity)organisation;
        });
        if (Record is not null) records[SubjectLabel] = Entity(Record);
        if (records.GetValueOrDefault(SubjectLabel) is Organisation subject) subject.HeadquartersCountryCode = Country;
        return records;
    }

    /// <summary>New entities of the scene's ties between the records; an edge subject has the subject's audience.</summary>
    private IEnumerable<EdgeEntity> Edges(Dictionary<string, CuratedEntity> records) => ties.Select(tie =>
    {
        var (first, second) = (records[tie.Label.Split('~')[0]], records[tie.Label.Split('~')[1]]);
        EdgeEntity edge = (first, second) switch
        {
            (Organisation from, Defender subject) => Affiliated(subject, from),
            (Defender subject, Organisation to) => Affiliated(subject, to),
            (Organisation from, Data.Coalitions.Coalition subject) => Member(subject, from),
            (Data.Coalitions.Coalition subject, Organisation to) => Member(subject, to),
            _ => Partners((Organisation)first, (Organisation)second),
        };
        edge.Id = tie.Id;
        if (tie.Label == $"{FromLabel}~{ToLabel}") edge.Visibility = AudienceOf(Subject);
        return edge;
    });

    private void AddTie(string label, string type)
    {
        var id = Guid.CreateVersion7();
        ties.Add((label, id, type));
        labels[Node(type, id)] = label;
    }

    private static string TakeCountry()
    {
        var taken = Interlocked.Increment(ref countriesTaken) - 1;
        return taken < Countries.Length ? Countries[taken] : throw new InvalidOperationException("More scenes than countries for them.");
    }

    private (IEnumerable<string> Records, IEnumerable<string> Ties) Part(bool whole) => whole
        ? (labels.Values.Where(label => !label.Contains('~')), ties.Select(tie => tie.Label))
        : (DetourLabels, TieLabels(DetourLabels));

    private static string Degreed(IEnumerable<(string Label, int Degree)> records) => Sorted(records.Select(record => $"{record.Label}:{record.Degree}"));

    private static string Sorted(IEnumerable<string> labels) => string.Join(' ', labels.Order(StringComparer.Ordinal));

    private static IEnumerable<string> TieLabels(string[] nodes) => nodes.Zip(nodes.Skip(1)).Select(pair => $"{pair.First}~{pair.Second}");

    private static string Written(IEnumerable<string> nodes, IEnumerable<string> ties, bool sorted = false) => sorted
        ? $"{string.Join(' ', nodes.Order(StringComparer.Ordinal))} | {string.Join(' ', ties.Order(StringComparer.Ordinal))}"
        : $"{string.Join(' ', nodes)} | {string.Join(' ', ties)}";

    /// <summary>The label of a record or tie of the scene ("from", "from~subject"); an ID of no scene as itself.</summary>
    public string Label(string id) => labels.GetValueOrDefault(id, id);

    private static string Node(string type, Guid id) => GlobalId.Encode(type, id.ToString("N"));
}
