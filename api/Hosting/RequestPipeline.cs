using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Api.Hardening;
using NetworkGraph.Api.Health;
using NetworkGraph.GraphQL.Subscriptions;
using NetworkGraph.GraphQL.Transport;
using NetworkGraph.GraphQL.Visibility;

namespace NetworkGraph.Api.Hosting;

public static class RequestPipeline
{
    public static void UseNetworkGraph(this WebApplication app)
    {
        app.UseResponseHardening();
        app.UseResponseCompression();
        var ideAssets = Path.Combine(app.Environment.ContentRootPath, "wwwroot", "graphiql");
        if (Directory.Exists(ideAssets))
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(ideAssets),
                RequestPath = "/graphql/ide",
                // The bundle's file names carry no hash: browsers revalidate by ETag.
                OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
            });

        app.UseSubscriptionWebSockets();
        app.UseApiKeyAuthentication();
        app.UseCallerRateLimits();

        app.MapGet("/graphql/schema.graphql", (HttpContext http, NetworkGraphSchema schema, SchemaVisibility visibility) =>
            SchemaDocument.WriteAsync(http, schema, visibility)).WithApiKeyAuthentication();
        app.Map("/graphql", (HttpContext http, GraphQLEndpoint<NetworkGraphSchema> endpoint, IdePage ide) =>
            IdePage.IsRequestedBy(http.Request) ? ide.WriteAsync(http) : endpoint.HandleAsync(http))
            .WithApiKeyAuthentication();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseHealthCheck.ReadyTag) });
    }
}
