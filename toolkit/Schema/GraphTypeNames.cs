using System.Reflection;
using GraphQL;

namespace NetworkGraph.GraphQL.Schema;

/// <summary>
/// Marks a generic graph type that is named after the record type it is constructed for: one class serves several
/// types of the schema, each with the name of its record (a graph type of Membership records is "Membership").
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NamedAfterRecordAttribute : Attribute;

/// <summary>The name in the schema of a graph type whose class is named otherwise (<c>NodeInterface</c> is "Node").</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SchemaNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

public static class GraphTypeNames
{
    /// <summary>The name a graph type has in the schema, known from its class alone: what connection and payload types are named after.</summary>
    public static string Of(Type graphType) =>
        graphType.IsConstructedGenericType && graphType.GetGenericTypeDefinition().IsDefined(typeof(NamedAfterRecordAttribute), inherit: false)
            ? graphType.GetGenericArguments()[0].Name
            : graphType.GetCustomAttribute<SchemaNameAttribute>()?.Name ?? graphType.GraphQLName();
}
