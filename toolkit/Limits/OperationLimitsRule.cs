using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace NetworkGraph.GraphQL.Limits;

/// <summary>
/// Refuses an operation that is too deep, uses too many aliases or costs too much, before anything runs.
/// It measures after the arguments are parsed (a post-node visitor), so variables count like literals.
/// </summary>
public sealed class OperationLimitsRule(IOptions<GraphQLOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        // A document with errors may have fragment cycles or unknown fields: there is nothing sound to measure.
        if (context.HasErrors) return default;
        var limits = options.Value;
        var size = new OperationMeasure(context, limits).Measure();
        if (size.Depth > limits.MaxDepth)
            Refuse(context, ErrorCodes.MaxDepthExceeded, $"The operation nests fields {size.Depth} deep; at most {limits.MaxDepth} levels are allowed.");
        if (size.Aliases > limits.MaxAliases)
            Refuse(context, ErrorCodes.TooManyAliases, $"The operation uses {(long)size.Aliases} aliases; at most {limits.MaxAliases} are allowed.");
        if (size.Cost > limits.MaxCost)
            Refuse(context, ErrorCodes.MaxCostExceeded,
                $"The estimated cost of the operation is {(long)size.Cost}; at most {limits.MaxCost} is allowed. Ask for smaller pages (first, last) or fewer nested lists.");
        if (!context.HasErrors) OperationCost.Record(context, size.Cost, limits.MaxCost);
        return default;
    }

    private static void Refuse(ValidationContext context, string code, string message) =>
        context.ReportError(new ValidationError(context.Document.Source, null, message, context.Operation) { Code = code });
}
