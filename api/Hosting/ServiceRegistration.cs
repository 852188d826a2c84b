using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkGraph.Api.Access.Jwt;
using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Api.Changes;
using NetworkGraph.Api.Content;
using NetworkGraph.Api.Erasure;
using NetworkGraph.Api.Hardening;
using NetworkGraph.Api.Health;
using NetworkGraph.Api.Network;
using NetworkGraph.Api.Proposals;
using NetworkGraph.Api.Search;
using NetworkGraph.Api.Webhooks;
using NetworkGraph.Api.Subscriptions;
using NetworkGraph.GraphQL.Limits;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.Api.Hosting;

public static class ServiceRegistration
{
    public static void AddNetworkGraph(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddNetworkGraphDatabase();
        services.AddGraphQLTransport<NetworkGraphSchema>(builder.Configuration, typeof(ServiceRegistration).Assembly);
        services.AddSubscriptions(builder.Configuration);
        services.AddSingleton<IRequestCaller, RequestCaller>();
        services.AddSingleton<IDatabaseOutages, DatabaseOutages>();
        services.AddSingleton<IResponseGate, AuditedResponses>();
        services.AddHttpContextAccessor();
        services.AddResponseCompression(options =>
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append(ResponseMediaType.GraphQLResponse));
        services.Configure<AccessOptions>(builder.Configuration.GetSection(AccessOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyVerifier>();
        services.AddSingleton<CredentialVerifier>();
        services.AddJwtBearerIfConfigured(builder.Configuration);
        services.AddScoped<CurrentViewer>();
        services.AddScoped<AccessRules>();
        services.AddScoped<DataLoaders>();
        services.AddScoped<RestrictedReads>();
        services.AddSingleton<IdePage>();
        services.AddSingleton<MarkdownRenderer>();

        AddCurated<OrganisationQueries>(services);
        AddCurated<DefenderQueries>(services);
        AddCurated<CoalitionQueries>(services);
        AddCurated<AdvocacyGoalQueries>(services);
        AddCurated<EventQueries>(services);
        AddCurated<CampaignQueries>(services);
        services.AddSingleton<IQueryFields, ReferenceQueries>();
        foreach (var source in ReferenceQueries.NodeSources()) services.AddSingleton(source);
        services.AddSingleton<IQueryFields, NodeQueries>();
        services.AddSingleton<IQueryFields, SearchQueries>();
        services.AddSingleton<IQueryFields, AuditQueries>();
        services.AddSingleton<IQueryFields, RevisionQueries>();
        AddCuration<OrganisationMutations, Organisation, OrganisationInput>(services);
        AddCuration<CoalitionMutations, Coalition, CoalitionInput>(services);
        AddCuration<AdvocacyGoalMutations, AdvocacyGoal, AdvocacyGoalInput>(services);
        AddCuration<EventMutations, Event, EventInput>(services);
        AddCuration<DefenderMutations, Defender, DefenderInput>(services);
        AddCuration<CampaignMutations, Campaign, CampaignInput>(services);
        services.AddEdges();
        services.AddSingleton<ISubscriptionFields, TieSubscriptions>();
        services.AddSingleton<ISubscriptionFields, ContentSubscriptions>();
        services.AddSingleton<IQueryFields, KeyQueries>();
        services.AddSingleton<IMutationFields, KeyMutations>();
        services.AddSingleton<IMutationFields, ErasureMutations>();
        var proposals = new AllianceProposalQueries();
        services.AddSingleton<IQueryFields>(proposals);
        services.AddSingleton<INodeSource>(proposals);
        services.AddSingleton<IMutationFields, AllianceProposalMutations>();
        services.AddSingleton<ISubscriptionFields, AllianceProposalSubscriptions>();
        services.AddSingleton<IQueryFields, WebhookQueries>();
        services.AddSingleton<IMutationFields, WebhookMutations>();

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<NetworkGraphSchema>()
            .AddGraphTypes(typeof(ServiceRegistration).Assembly)
            .AddGraphTypes(typeof(GraphQLServices).Assembly)
            .AddOperationLimits()
            .AddSubscriptionExecution()
            .AddSchemaVisibility()
            // Letters of every script stay readable in responses; HTML-sensitive characters are still escaped.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = builder.Environment.IsDevelopment()));

        builder.AddHardening();
        services.AddHostedService<DatabasePreparation>();
        // After the database is prepared: the network is built from what it holds, and events follow the log from its end.
        services.AddChanges(builder.Configuration);
        services.AddNetwork(builder.Configuration);
        services.Configure<PublishingOptions>(builder.Configuration.GetSection(PublishingOptions.Section));
        services.AddHostedService<ScheduledPublishing>();
        services.AddWebhookDelivery(builder.Configuration);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.ReadyTag]);
    }

    private static void AddCurated<TQueries>(IServiceCollection services) where TQueries : class, IQueryFields, INodeSource, new()
    {
        var queries = new TQueries();
        services.AddSingleton<IQueryFields>(queries);
        services.AddSingleton<INodeSource>(queries);
    }

    /// <summary>A curated type's curation, which its mutations and the scheduler share.</summary>
    private static void AddCuration<TMutations, T, TInput>(IServiceCollection services)
        where TMutations : class, IMutationFields, new() where T : CuratedEntity, ISlugged, new() where TInput : CuratedInput, ICuratedInput<T, TInput>, new()
    {
        services.AddSingleton<IMutationFields>(new TMutations());
        services.AddSingleton<Curation<T, TInput>>();
        services.AddSingleton<IScheduledRecords>(provider => provider.GetRequiredService<Curation<T, TInput>>());
    }
}
