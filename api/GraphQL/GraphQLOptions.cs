namespace NetworkGraph.Api.GraphQL;

/// <summary>Limits of the GraphQL endpoint, bound from the "GraphQL" configuration section.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>The largest request body accepted, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 100_000;

    /// <summary>The page size when a list is asked for without <c>first</c> or <c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>The largest <c>first</c> or <c>last</c> accepted.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The most IDs one <c>nodes</c> call may ask for.</summary>
    public int MaxNodesBatch { get; set; } = 100;

    /// <summary>How many parsed documents are kept for reuse.</summary>
    public int DocumentCacheSize { get; set; } = 500;

    /// <summary>How long one operation may run before it is cancelled.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most fields an operation may nest in one another.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>The most aliased fields an operation may have, fragments counted where they are spread.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>The highest estimated cost an operation may have: about the number of records it may load.</summary>
    public int MaxCost { get; set; } = 5000;

    /// <summary>The size the cost assumes for a list that is not paged, such as countries or an institution's member states.</summary>
    public int AssumedListSize { get; set; } = 20;

    /// <summary>When true, callers must send the ID of a trusted document instead of a query.</summary>
    public bool TrustedDocumentsOnly { get; set; }

    /// <summary>When true, callers without an API key must send the ID of a trusted document; callers with one may send any query.</summary>
    public bool TrustedDocumentsOnlyForAnonymous { get; set; }

    /// <summary>
    /// Whether callers without an API key may see the schema: introspect it, read it at /graphql/schema.graphql and get
    /// "Did you mean" suggestions. Unset, they may in Development only.
    /// </summary>
    public bool? AnonymousIntrospection { get; set; }
}
