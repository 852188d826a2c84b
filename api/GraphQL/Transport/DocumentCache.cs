using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.GraphQL.Transport;

/// <summary>Parsed documents by query text, so a repeated query skips the parser.</summary>
public sealed class DocumentCache(IOptions<GraphQLOptions> options) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });

    /// <summary>The parsed document, or null when the text does not parse (the executor then reports the syntax error).</summary>
    public GraphQLDocument? Get(string query)
    {
        if (cache.TryGetValue(query, out GraphQLDocument? document)) return document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
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
