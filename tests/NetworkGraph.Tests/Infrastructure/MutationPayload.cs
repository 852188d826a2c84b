using System.Text.Json.Nodes;

namespace NetworkGraph.Tests.Infrastructure;

/// <summary>
/// The payload of one mutation in a response: its fields, read by a path below it (<c>Data&lt;string&gt;("organisation.id")</c>),
/// and its errors, the <c>errors { code message path }</c> every payload of this API has.
/// </summary>
public sealed class MutationPayload(GraphQLResponse response, string mutation)
{
    public GraphQLResponse Response => response;

    public T Data<T>(string path) => response.Data<T>($"{mutation}.{path}");

    /// <summary>The payload's errors; fails with the whole body when the mutation did not run (an error status or GraphQL errors).</summary>
    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            if (!response.Ran) throw response.Failure($"{mutation} did not run.");
            return [.. response.Data<JsonArray>($"{mutation}.errors").Select(GraphQLError.From)];
        }
    }

    public IReadOnlyList<string?> ErrorCodes => [.. Errors.Select(error => error.Code)];

    /// <summary>The payload's only error; fails with the whole body when it has none or several.</summary>
    public GraphQLError Error => Errors.Count == 1 ? Errors[0] : throw response.Failure($"{mutation} has {Errors.Count} errors, not one.");

    /// <summary>Fails with the whole body when the request or the payload has errors; returns this payload to read on.</summary>
    public MutationPayload AssertNoErrors()
    {
        response.AssertNoErrors();
        return this;
    }
}
