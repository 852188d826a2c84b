using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Npgsql;
using NpgsqlTypes;

namespace NetworkGraph.Bench.Handwritten;

/// <summary>
/// The three benchmark operations, each as NetworkGraph runs it: the same statements in the same order (the two
/// relation statements of ThreeLevels at the same time, as NetworkGraph's DataLoaders send them), pages of 20 read
/// as 21 rows, and the same response document, <c>extensions.cost</c> included.
/// </summary>
public sealed class Queries(NpgsqlDataSource database, Statements sql)
{
    private const int PageSize = 20;
    private const string ResponseType = "application/graphql-response+json; charset=utf-8";
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    private static readonly ConcurrentDictionary<string, string> EnumNames = new();

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var operation = await OperationNameAsync(http.Request, cancellationToken);
        http.Response.ContentType = ResponseType;
        var json = new Utf8JsonWriter(http.Response.BodyWriter, WriterOptions);
        switch (operation)
        {
            case "Flat":
                await FlatAsync(json, cancellationToken);
                break;
            case "ThreeLevels":
                await ThreeLevelsAsync(json, cancellationToken);
                break;
            case "Filtered":
                await FilteredAsync(json, cancellationToken);
                break;
            default:
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                json.WriteStartObject();
                json.WriteStartArray("errors");
                json.WriteStartObject();
                json.WriteString("message", "This endpoint knows the operations Flat, ThreeLevels and Filtered only.");
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                break;
        }
        await json.FlushAsync(cancellationToken);
    }

    private async Task FlatAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(sql.FlatOrganisations);
        await WritePageAsync(json, command, cost: 21, (row, reader) =>
        {
            row.WriteString("slug", reader.GetString(1));
            row.WriteString("kind", EnumName(reader.GetString(2)));
            WriteNullableNumber(row, "foundedYear", reader, 3);
            if (reader.IsDBNull(4)) row.WriteNull("website");
            else row.WriteString("website", reader.GetString(4));
        }, cancellationToken);
    }

    private async Task ThreeLevelsAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var organisations = new List<(Guid Id, string Name)>(PageSize + 1);
        await using (var command = database.CreateCommand(sql.ThreeLevelOrganisations))
        {
            command.Parameters.Add(new NpgsqlParameter<int>("p", PageSize + 1));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) organisations.Add((reader.GetGuid(1), reader.GetString(0)));
        }
        if (organisations.Count > PageSize) organisations.RemoveAt(PageSize);

        var keys = organisations.Select(o => o.Id).ToArray();
        var defenders = RelatedAsync(sql.ThreeLevelDefenders, keys, valueColumn: 2, cancellationToken);
        var coalitions = RelatedAsync(sql.ThreeLevelCoalitions, keys, valueColumn: 8, cancellationToken);
        await Task.WhenAll(defenders, coalitions);

        StartOrganisations(json);
        foreach (var (id, name) in organisations)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            WriteConnection(json, "defenders", "alias", defenders.Result, id);
            WriteConnection(json, "coalitions", "name", coalitions.Result, id);
            json.WriteEndObject();
        }
        EndOrganisations(json, cost: 861);
    }

    private async Task FilteredAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(sql.FilteredOrganisations);
        // EF Core types the values after the columns they are compared with (character varying).
        command.Parameters.Add(new NpgsqlParameter<string>("Value", NpgsqlDbType.Varchar) { TypedValue = "ua" });
        command.Parameters.Add(new NpgsqlParameter<string>("Value1", NpgsqlDbType.Varchar) { TypedValue = "lgbtqi-rights" });
        await WritePageAsync(json, command, cost: 21, (row, reader) =>
        {
            row.WriteString("slug", reader.GetString(1));
            WriteNullableNumber(row, "foundedYear", reader, 2);
        }, cancellationToken);
    }

    /// <summary>A page of organisations read as 21 rows, written as 20: the name (first column), then the rest of each row.</summary>
    private static async Task WritePageAsync(Utf8JsonWriter json, NpgsqlCommand command, int cost,
        Action<Utf8JsonWriter, NpgsqlDataReader> writeRest, CancellationToken cancellationToken)
    {
        command.Parameters.Add(new NpgsqlParameter<int>("p", PageSize + 1));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        StartOrganisations(json);
        for (var row = 0; row < PageSize && await reader.ReadAsync(cancellationToken); row++)
        {
            json.WriteStartObject();
            json.WriteString("name", reader.GetString(0));
            writeRest(json, reader);
            json.WriteEndObject();
        }
        EndOrganisations(json, cost);
    }

    /// <summary>The rows of a relation statement for a batch of organisations: one text column per row, by organisation.</summary>
    private async Task<Dictionary<Guid, List<string>>> RelatedAsync(string statement, Guid[] keys, int valueColumn, CancellationToken cancellationToken)
    {
        var related = new Dictionary<Guid, List<string>>();
        await using var command = database.CreateCommand(statement);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("keys", keys));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetGuid(0);
            if (!related.TryGetValue(key, out var values)) related[key] = values = [];
            values.Add(reader.GetString(valueColumn));
        }
        return related;
    }

    private static void WriteConnection(Utf8JsonWriter json, string field, string valueField, Dictionary<Guid, List<string>> related, Guid key)
    {
        json.WriteStartObject(field);
        json.WriteStartArray("nodes");
        if (related.TryGetValue(key, out var values))
        {
            foreach (var value in values.Take(PageSize))
            {
                json.WriteStartObject();
                json.WriteString(valueField, value);
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void StartOrganisations(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("organisations");
        json.WriteStartArray("nodes");
    }

    private static void EndOrganisations(Utf8JsonWriter json, int cost)
    {
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("extensions");
        json.WriteStartObject("cost");
        json.WriteNumber("requested", cost);
        json.WriteNumber("maximum", 5000);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, NpgsqlDataReader reader, int column)
    {
        if (reader.IsDBNull(column)) json.WriteNull(name);
        else json.WriteNumber(name, reader.GetInt32(column));
    }

    /// <summary>A stored enum member (LegalAid) as GraphQL names it (LEGAL_AID).</summary>
    private static string EnumName(string stored) => EnumNames.GetOrAdd(stored, static name =>
    {
        var constant = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) constant.Append('_');
            constant.Append(char.ToUpperInvariant(name[i]));
        }
        return constant.ToString();
    });

    private static async Task<string?> OperationNameAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("query", out var query) && query.ValueKind == JsonValueKind.String
                ? OperationName(query.GetString()!)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The name of a document's first operation: <c>query Name { … }</c>.</summary>
    private static string? OperationName(string document)
    {
        var text = document.AsSpan().TrimStart();
        if (!text.StartsWith("query", StringComparison.Ordinal)) return null;
        text = text["query".Length..].TrimStart();
        var end = 0;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) end++;
        return end == 0 ? null : text[..end].ToString();
    }
}
