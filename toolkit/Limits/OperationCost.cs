using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace NetworkGraph.GraphQL.Limits;

/// <summary>Reports the measured cost of every operation that passed the limits as <c>extensions.cost</c>.</summary>
public static class OperationCost
{
    private const string Key = "NetworkGraph.OperationCost";

    public static IGraphQLBuilder AddOperationLimits(this IGraphQLBuilder graphQL) => graphQL
        .AddValidationRule<OperationLimitsRule>()
        .ConfigureExecution(async (execution, next) =>
        {
            var result = await next(execution);
            if (execution.UserContext.TryGetValue(Key, out var cost))
            {
                result.Extensions ??= [];
                result.Extensions["cost"] = cost;
            }
            return result;
        });

    public static void Record(ValidationContext context, double requested, int maximum) =>
        context.UserContext[Key] = new Dictionary<string, object?> { ["requested"] = (long)requested, ["maximum"] = maximum };
}
