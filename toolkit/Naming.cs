namespace NetworkGraph.GraphQL;

/// <summary>How names are written in the schema and in messages, in one place.</summary>
public static class Naming
{
    /// <summary>A type name as a field or action names it: "AdvocacyGoal" → "advocacyGoal".</summary>
    public static string LowerCamel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>A type name as words in a sentence: "AdvocacyGoal" → "advocacy goal".</summary>
    public static string Words(string name) =>
        string.Concat(name.Select((letter, i) => char.IsUpper(letter) ? (i > 0 ? " " : "") + char.ToLowerInvariant(letter) : letter.ToString()));

    /// <summary>A noun with its English indefinite article, by its first letter: "an organisation", "a Membership".</summary>
    public static string WithArticle(string noun) => $"{("aeiouAEIOU".Contains(noun[0]) ? "an" : "a")} {noun}";
}
