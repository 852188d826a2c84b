namespace NetworkGraph.GraphQL;

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

    /// <summary>The most tokens (names, punctuation, values) a document may have: it is refused before anything parses it.</summary>
    public int MaxTokens { get; set; } = 2000;

    /// <summary>The most fragments a document may define.</summary>
    public int MaxFragments { get; set; } = 100;

    /// <summary>The most times a document may spread named fragments, counted where they are written.</summary>
    public int MaxFragmentSpreads { get; set; } = 250;

    /// <summary>How long one operation may take, from parsing through validation to the end of execution, before it is stopped.</summary>
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
