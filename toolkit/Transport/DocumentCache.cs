using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NetworkGraph.GraphQL.Transport;

/// <summary>A parsed document; <see cref="Validated"/> once an operation of it passed validation and ran.</summary>
public sealed class CachedDocument(GraphQLDocument document)
{
    private volatile bool validated;

    public GraphQLDocument Document { get; } = document;

    /// <summary>
    /// The document passed GraphQL.NET's rules against the schema, which does not change while the service runs,
    /// so it passes them again: only the rules that depend on a request's variables need to run for it.
    /// </summary>
    public bool Validated
    {
        get => validated;
        set => validated = value;
    }
}

/// <summary>
/// Parsed documents by query text, so a repeated query skips the parser and the document's static validation. A text
/// is measured before it is parsed, and refused when it is over a size limit (see <see cref="DocumentSize"/>).
/// </summary>
public sealed class DocumentCache(IOptions<GraphQLOptions> options) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });

    /// <summary>
    /// The parsed document, or null when the text does not parse (the executor then reports the syntax error); a
    /// <see cref="DocumentRefusedException"/> when the text is over a size limit.
    /// </summary>
    public CachedDocument? Get(string query)
    {
        if (cache.TryGetValue(query, out CachedDocument? document)) return document;
        if (DocumentSize.Measure(query, options.Value.MaxTokens).Refusal(options.Value) is { } refusal) throw refusal;
        try
        {
            document = new CachedDocument(GraphQLParser.Parser.Parse(query));
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return null;
        }
        cache.Set(query, document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return document;
    }

    public void Dispose() => cache.Dispose();
}
