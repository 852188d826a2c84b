using GraphQL;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Seeding;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Import;

/// <summary>The European Social Forum sample in data/samples/esf names only what the model and the reference data know.</summary>
public sealed class EsfSampleTests
{
    private static readonly List<Dictionary<string, string>> Records = Read("records.csv");
    private static readonly List<Dictionary<string, string>> TieRows = Read("ties.csv");

    [Fact]
    public void The_sample_holds_every_node_of_the_source_once()
    {
        Assert.Equal(1080, Records.Count);
        Assert.Equal(1080, Records.Select(r => r["id"]).Distinct().Count());
        Assert.Equal(new Dictionary<string, int> { ["Coalition"] = 68, ["Event"] = 183, ["Organisation"] = 829 },
            Records.GroupBy(r => r["type"]).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()));
    }

    [Fact]
    public void Kinds_countries_and_themes_are_those_of_the_schema_and_the_reference_data()
    {
        var countries = Csv.ReadEmbedded("countries.csv").Select(row => row["iso2"]).ToHashSet();
        var themes = ThemeCatalogue.All.Select(theme => theme.Code).ToHashSet();
        var organisationKinds = Enum.GetNames<OrganisationKind>().Select(name => name.ToConstantCase()).ToHashSet();
        var eventKinds = Enum.GetNames<EventKind>().Select(name => name.ToConstantCase()).ToHashSet();
        foreach (var record in Records)
        {
            var kinds = record["type"] switch { "Organisation" => organisationKinds, "Event" => eventKinds, _ => [""] };
            Assert.Contains(record["kind"], kinds);
            Assert.All(Values(record["countries"]), code => Assert.Contains(code, countries));
            Assert.All(Values(record["themes"]), code => Assert.Contains(code, themes));
            Assert.DoesNotContain(record.Values, value => value.Length > 0 && "=+-@".Contains(value[0]));
        }
        Assert.All(Records.Where(r => r["type"] != "Coalition"), record => Assert.Single(Values(record["countries"])));
    }

    [Fact]
    public void Every_tie_joins_records_of_the_sample_at_the_ends_its_kind_declares()
    {
        var typeOf = Records.ToDictionary(r => r["id"], r => r["type"]);
        var kinds = Ties.All.ToDictionary(tie => tie.EdgeType.Name);
        Assert.Equal(494, TieRows.Count);
        Assert.Equal(494, TieRows.Select(t => (t["kind"], t["from"], t["to"])).Distinct().Count());
        foreach (var row in TieRows)
        {
            var tie = kinds[row["kind"]];
            Assert.Contains(typeOf[row["from"]], tie.Groups[0].Select(end => end.NodeType.Name));
            Assert.Contains(typeOf[row["to"]], tie.Groups[1].Select(end => end.NodeType.Name));
        }
        Assert.Equal(new Dictionary<string, int> { ["Membership"] = 242, ["Participation"] = 252 },
            TieRows.GroupBy(t => t["kind"]).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()));
    }

    private static string[] Values(string cell) => cell.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static List<Dictionary<string, string>> Read(string file)
    {
        using var reader = File.OpenText(Repository.PathOf("data", "samples", "esf", file));
        return [.. Csv.Read(reader)];
    }
}
