using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

/// <summary>A webhook as its owner sees it: never its secrets.</summary>
public sealed class WebhookType : ObjectGraphType<Webhook>
{
    public WebhookType()
    {
        Name = nameof(Webhook);
        Description = "An endpoint that is sent the events it subscribes to, each signed as Standard Webhooks says. Its secret is shown once, when it is made or rotated.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => EntityNodes.IdOf<Webhook>(context.Source.Id));
        Field(w => w.Url).Description("Where each delivery is POSTed.");
        Field(w => w.Description, nullable: true).Description("What the webhook is for, in the owner's words.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events")
            .Description("The events it is sent, e.g. \"tie.added\".")
            .Reads(nameof(Webhook.Events))
            .Resolve(context => context.Source.Events);
        Field(w => w.Enabled).Description("Whether events are sent to it; a disabled webhook is sent nothing, and queued deliveries wait.");
        Field(w => w.DisabledReason, nullable: true)
            .Description("Why it is disabled: by its owner, because the endpoint answered 410 Gone, or because every attempt failed for too long.");
        Field(w => w.DisabledAt, nullable: true);
        Field(w => w.FailingSince, nullable: true).Description("Since when every attempt to the endpoint has failed; null while the last one succeeded.");
        Field(w => w.PreviousSecretUntil, nullable: true)
            .Description("Until when the secret that the last rotation replaced signs beside the current one.");
        Field<OrganisationType>("owner").Description("The partner organisation the webhook belongs to; null for the administrators' own.")
            .Reads(nameof(Webhook.OrganisationId))
            .Resolve(context => context.Source.OrganisationId is { } id ? context.Loaders().ById(id, (access, db) => access.Records<Organisation>(db)) : null);
        Field(w => w.Version).Description("Changes with every change: give it as `expectedVersion` to make the next one.");
        Field(w => w.CreatedAt);
        Field(w => w.UpdatedAt);
    }
}
