using System.Security.Claims;
using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Access;
using NetworkGraph.GraphQL.Schema;

namespace NetworkGraph.Tests.Access;

/// <summary>A root field added in the key tests only: the request's viewer and role claim, as JSON.</summary>
public sealed class ViewerField : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<StringGraphType>>("testViewer").Resolve(context =>
        {
            var viewer = context.RequestServices!.GetRequiredService<CurrentViewer>().Viewer;
            return JsonSerializer.Serialize(new
            {
                role = viewer.Role.ToString(),
                actor = viewer.Actor,
                organisationId = viewer.OrganisationId,
                apiKeyId = viewer.ApiKeyId,
                roleClaim = context.User?.FindFirstValue(ClaimTypes.Role),
            });
        });
}
