using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace NetworkGraph.GraphQL.Visibility;

/// <summary>
/// Takes the "Did you mean …" suggestions out of validation errors for callers who may not see the schema: they name
/// fields, arguments and types close to what was sent, enough to rebuild the schema that introspection hides.
/// GraphQL.NET 8 has no switch for them; every suggestion ends its message and starts with <see cref="Suggestion"/>.
/// </summary>
public static class SchemaSuggestions
{
    private const string Suggestion = " Did you mean ";

    public static async Task<ExecutionResult> RemoveWhereHiddenAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        var result = await next(execution);
        var services = execution.RequestServices!;
        if (result.Errors is not { } errors || !errors.Any(HasSuggestion) || services.GetRequiredService<SchemaVisibility>().IsShownTo(services))
            return result;
        var withoutSuggestions = new ExecutionErrors();
        withoutSuggestions.AddRange(errors.Select(e => HasSuggestion(e) ? WithoutSuggestion(e) : e));
        result.Errors = withoutSuggestions;
        return result;
    }

    private static bool HasSuggestion(ExecutionError error) =>
        error is ValidationError && error.Message.Contains(Suggestion, StringComparison.Ordinal);

    private static ExecutionError WithoutSuggestion(ExecutionError error)
    {
        var message = error.Message[..error.Message.IndexOf(Suggestion, StringComparison.Ordinal)];
        var copy = new ValidationError(message) { Code = error.Code, Number = ((ValidationError)error).Number };
        foreach (var location in error.Locations ?? []) copy.AddLocation(location);
        return copy;
    }
}
