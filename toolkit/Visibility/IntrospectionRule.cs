using GraphQL.Validation;
using GraphQLParser.AST;

namespace NetworkGraph.GraphQL.Visibility;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> to callers who may not see the schema; <c>__typename</c> stays allowed.</summary>
public sealed class IntrospectionRule(SchemaVisibility visibility) : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLField> Refusal = new((field, context) =>
    {
        if (field.Name.Value == "__schema" || field.Name.Value == "__type")
            context.ReportError(new ValidationError(context.Document.Source, null,
                "Introspection is not available without an API key.", field) { Code = ErrorCodes.IntrospectionDisabled });
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(visibility.IsShownTo(context.RequestServices!) ? null : Refusal);
}
