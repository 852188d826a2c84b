using GraphQL.Types;
using NetworkGraph.GraphQL.Schema;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.GraphQL.Visibility;

/// <summary>The printed schema at /graphql/schema.graphql, for the callers who may introspect it.</summary>
public static class SchemaDocument
{
    public static Task WriteAsync(HttpContext http, ISchema schema, SchemaVisibility visibility)
    {
        if (!visibility.IsShownTo(http.RequestServices))
            return CodedRefusal.WriteAsync(http, StatusCodes.Status403Forbidden, ErrorCodes.IntrospectionDisabled,
                "The schema is not available without an API key.", http.RequestAborted);
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(SchemaPrinter.Print(schema), http.RequestAborted);
    }
}
