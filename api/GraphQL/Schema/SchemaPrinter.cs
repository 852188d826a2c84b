using GraphQL;
using GraphQL.Utilities;

namespace NetworkGraph.Api.GraphQL.Schema;

public static class SchemaPrinter
{
    /// <summary>The SDL with descriptions, as committed in schema/schema.graphql.</summary>
    public static string Print(NetworkGraphSchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n");
}
