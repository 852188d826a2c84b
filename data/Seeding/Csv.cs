using System.Text;

namespace NetworkGraph.Data.Seeding;

/// <summary>Reads the embedded reference CSV files (RFC 4180: quoted fields may hold commas and quotes).</summary>
public static class Csv
{
    public static IEnumerable<Dictionary<string, string>> ReadEmbedded(string fileName)
    {
        using var stream = typeof(Csv).Assembly.GetManifestResourceStream($"Reference.{fileName}")
            ?? throw new InvalidOperationException($"The reference file {fileName} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        foreach (var row in Read(reader)) yield return row;
    }

    /// <summary>The rows of a CSV text with a header line, each by column name; a missing trailing field reads as empty.</summary>
    public static IEnumerable<Dictionary<string, string>> Read(TextReader reader)
    {
        var header = ParseLine(reader.ReadLine() ?? "");
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var fields = ParseLine(line);
            yield return header.Select((name, i) => (name, value: i < fields.Count ? fields[i] : ""))
                .ToDictionary(pair => pair.name, pair => pair.value);
        }
    }

    public static List<string> ParseLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
