namespace NetworkGraph.Bench.Handwritten;

/// <summary>The SQL statements, read once from the files NetworkGraph's own statements were copied into.</summary>
public sealed record Statements(
    string FlatOrganisations,
    string ThreeLevelOrganisations,
    string ThreeLevelDefenders,
    string ThreeLevelCoalitions,
    string FilteredOrganisations)
{
    public static Statements Load(string folder)
    {
        string Read(string name) => File.ReadAllText(Path.Combine(folder, name));
        return new Statements(
            Read("q1-organisations.sql"),
            Read("q2-organisations.sql"),
            Read("q2-defenders.sql"),
            Read("q2-coalitions.sql"),
            Read("q3-organisations.sql"));
    }
}
