using GraphQL;
using GraphQLParser.AST;

namespace NetworkGraph.GraphQL.Projection;

/// <summary>What a selection set asks for, with its fragments (named and inline) expanded.</summary>
public static class SelectionFields
{
    /// <summary>The fields directly in the selection set.</summary>
    public static IEnumerable<GraphQLField> Fields(this GraphQLSelectionSet? selections, GraphQLDocument document)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var field in inline.SelectionSet.Fields(document)) yield return field;
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(definition => definition.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    foreach (var field in fragment?.SelectionSet.Fields(document) ?? []) yield return field;
                    break;
            }
        }
    }

    /// <summary>
    /// Whether the field asks of the nodes it returns nothing but their <c>id</c> and <c>__typename</c>: what a caller
    /// that holds a node's type and key can answer without loading it.
    /// </summary>
    public static bool AsksOnlyIdentity(this IResolveFieldContext context) =>
        context.FieldAst.SelectionSet.Fields(context.Document).All(field =>
            field.Name.StringValue == Relay.NodeInterface.IdField || field.Name.StringValue == context.Schema.TypeNameMetaFieldType.Name);
}
