using Microsoft.Extensions.Options;
using NetworkGraph.Api.Access;
using NetworkGraph.Api.GraphQL;
using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Hardening;

/// <summary>
/// Whether a caller may see the schema: introspect it, read the printed schema and be told "Did you mean" field names.
/// Callers with an API key may; callers without one only where <see cref="GraphQLOptions.AnonymousIntrospection"/> says
/// so, by default in Development only.
/// </summary>
public sealed class SchemaVisibility(IOptions<GraphQLOptions> options, IHostEnvironment environment)
{
    public bool IsShownTo(Viewer viewer) =>
        viewer.Role != Role.Anonymous || (options.Value.AnonymousIntrospection ?? environment.IsDevelopment());

    public bool IsShownTo(IServiceProvider requestServices) => IsShownTo(requestServices.GetRequiredService<CurrentViewer>().Viewer);
}
