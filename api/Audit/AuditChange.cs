using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace NetworkGraph.Api.Audit;

/// <summary>One field an audited change touched; the values are JSON because fields differ in type.</summary>
public sealed record AuditChange(string Field, string Before, string After)
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The changes in an event's details, <c>{ field: { before, after } }</c>, in the order they were written.</summary>
    public static IReadOnlyList<AuditChange> Parse(string? details) => details is null
        ? []
        : JsonNode.Parse(details)!.AsObject()
            .Select(field => new AuditChange(field.Key, Json(field.Value?["before"]), Json(field.Value?["after"])))
            .ToList();

    private static string Json(JsonNode? value) => value?.ToJsonString(Readable) ?? "null";
}

/// <summary>A field that differs between two states of a record; the audit log and revision comparisons share its shape.</summary>
public abstract class FieldChangeGraphType : ObjectGraphType<AuditChange>
{
    protected FieldChangeGraphType(string name, string description, string before)
    {
        Name = name;
        Description = description;
        Field(c => c.Field).Description("The field's name, as in the mutation's input.");
        Field(c => c.Before).Description(before);
        Field(c => c.After).Description("The value after the change, as JSON.");
    }
}

public sealed class AuditChangeType() : FieldChangeGraphType("AuditChange",
    "A field an audited change touched, with its value before and after.",
    "The value before the change, as JSON; \"null\" when there was none, as on create.");
