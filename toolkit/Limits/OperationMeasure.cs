using System.Collections;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace NetworkGraph.GraphQL.Limits;

/// <summary>
/// Measures the selected operation of a valid document, after its arguments and variables are known:
/// <list type="bullet">
/// <item>depth: the most fields nested in one another, through named and inline fragments; <c>__Type.ofType</c> does
/// not count, since it only unwraps one type reference (GraphiQL's introspection query nests it nine times);</item>
/// <item>aliases: every aliased field, a fragment counted each time it is spread;</item>
/// <item>cost: an object or list field costs 1 and a scalar 0 (its record is loaded already), unless the field says
/// otherwise (<see cref="CostMetadata.WithCost"/>); the cost of a list's selection is multiplied by the list's size,
/// so nested lists compound.</item>
/// </list>
/// GraphQL.NET's complexity analyzer is not used: counting aliases and a depth that lets introspection through need a
/// walk of their own anyway, it reports depth and cost under one error code, and it walks a fragment again at every
/// spread, which grows exponentially with fragments that spread each other. This one walk measures all three and each
/// fragment once: at any multiplier a fragment's cost is that multiplier times its cost at 1.
/// </summary>
public sealed class OperationMeasure(ValidationContext context, GraphQLOptions options)
{
    private readonly Dictionary<string, OperationSize> fragments = [];

    public OperationSize Measure()
    {
        IGraphType? root = context.Operation.Operation switch
        {
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => context.Schema.Query,
        };
        return root is null ? OperationSize.Nothing : SelectionSet(context.Operation.SelectionSet, root);
    }

    private OperationSize SelectionSet(GraphQLSelectionSet selectionSet, IGraphType parent)
    {
        var size = OperationSize.Nothing;
        foreach (var selection in selectionSet.Selections)
        {
            if (!context.ShouldIncludeNode(selection)) continue;
            size = size.Beside(selection switch
            {
                GraphQLField field => Field(field, parent),
                GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet, inline.TypeCondition is { } condition ? TypeOf(condition.Type) : parent),
                GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                _ => OperationSize.Nothing,
            });
        }
        return size;
    }

    private OperationSize Field(GraphQLField field, IGraphType parent)
    {
        var definition = DefinitionOf(field, parent);
        var alias = field.Alias is null ? 0 : 1;
        if (field.SelectionSet is null) return new OperationSize(CostMetadata.CostOf(definition) ?? 0, 1, alias);

        var selection = SelectionSet(field.SelectionSet, definition.ResolvedType!.GetNamedType());
        var unwrapsType = parent.Name == "__Type" && field.Name.Value == "ofType";
        return new OperationSize(
            OperationSize.Capped((CostMetadata.CostOf(definition) ?? 1) + Multiplier(field, definition, parent) * selection.Cost),
            unwrapsType ? selection.Depth : selection.Depth + 1,
            OperationSize.Capped(alias + selection.Aliases));
    }

    private OperationSize Fragment(string name)
    {
        if (fragments.TryGetValue(name, out var size)) return size;
        var fragment = context.Document.FindFragmentDefinition(name)!;
        return fragments[name] = SelectionSet(fragment.SelectionSet, TypeOf(fragment.TypeCondition.Type));
    }

    /// <summary>
    /// How many times the field's selection runs: the number of <c>ids</c> asked for; the page size of a connection
    /// (a <c>…Connection</c> type or a field with <c>first</c>/<c>last</c>); the assumed size of any other list, such as
    /// countries or an institution's member states, which would otherwise nest thousands of records at a cost of a few;
    /// else once. The lists of a connection are its page, counted already, and introspection is answered from the
    /// schema in memory.
    /// </summary>
    private double Multiplier(GraphQLField field, FieldType definition, IGraphType parent)
    {
        var arguments = context.ArgumentValues?.TryGetValue(field, out var values) == true ? values : null;
        if (ValueOf(arguments, "ids") is ICollection ids) return ids.Count;
        if (IsConnection(definition.ResolvedType!.GetNamedType()) || definition.Arguments?.Find("first") is not null || definition.Arguments?.Find("last") is not null)
        {
            var first = ValueOf(arguments, "first") as int?;
            var last = ValueOf(arguments, "last") as int?;
            return first is null && last is null ? options.DefaultPageSize : Math.Max(0, Math.Max(first ?? 0, last ?? 0));
        }
        var isList = (definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType) is ListGraphType;
        return isList && !IsConnection(parent) && !parent.Name.StartsWith("__", StringComparison.Ordinal) ? options.AssumedListSize : 1;
    }

    private static bool IsConnection(IGraphType type) => type.Name.EndsWith("Connection", StringComparison.Ordinal);

    private static object? ValueOf(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var argument) ? argument.Value : null;

    private FieldType DefinitionOf(GraphQLField field, IGraphType parent) => field.Name.StringValue switch
    {
        "__typename" => context.Schema.TypeNameMetaFieldType,
        "__schema" => context.Schema.SchemaMetaFieldType,
        "__type" => context.Schema.TypeMetaFieldType,
        var name => ((IComplexGraphType)parent).GetField(name)!,
    };

    private IGraphType TypeOf(GraphQLNamedType type) => context.Schema.AllTypes[type.Name.StringValue]!;
}
