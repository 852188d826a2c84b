using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace NetworkGraph.GraphQL.Visibility;

/// <summary>
/// Whether a caller may see the schema: introspect it, read the printed schema and be told "Did you mean" field names.
/// Callers with credentials may; anonymous callers only where <see cref="GraphQLOptions.AnonymousIntrospection"/> says
/// so, by default in Development only.
/// </summary>
public sealed class SchemaVisibility(IRequestCaller caller, IOptions<GraphQLOptions> options, IHostEnvironment environment)
{
    public bool IsShownTo(IServiceProvider requestServices) =>
        !caller.IsAnonymous(requestServices) || (options.Value.AnonymousIntrospection ?? environment.IsDevelopment());
}
