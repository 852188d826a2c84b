using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace NetworkGraph.GraphQL.Schema;

public static class SchemaPrinter
{
    /// <summary>The SDL with descriptions, as committed in schema/schema.graphql.</summary>
    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n");
}
