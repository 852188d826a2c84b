using NetworkGraph.Api.Changes;
using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

public sealed class CreateWebhookInputType : RecordInputGraphType<CreateWebhookInput>
{
    public CreateWebhookInputType() : base(nameof(CreateWebhookInput))
    {
        Field(x => x.Url, UrlDescription, required: true);
        Field(x => x.Events, EventsDescription, required: true);
        Field(x => x.Description, DescriptionDescription);
    }

    internal const string UrlDescription = "Where deliveries are POSTed: an absolute https or http URL of a public address, without credentials.";

    internal static readonly string EventsDescription = $"The events to send, at least one of: {string.Join(", ", ChangeEventTypes.All)}.";

    internal static readonly string DescriptionDescription = $"What the webhook is for; at most {WebhookConfiguration.MaxDescriptionLength} characters.";
}

public sealed class UpdateWebhookInputType : RecordInputGraphType<UpdateWebhookInput>
{
    public UpdateWebhookInputType() : base(nameof(UpdateWebhookInput))
    {
        this.AddRecordVersion("The webhook to change.", "The webhook's version, as read.");
        Field(x => x.Url, CreateWebhookInputType.UrlDescription);
        Field(x => x.Events, CreateWebhookInputType.EventsDescription);
        Field(x => x.Description, CreateWebhookInputType.DescriptionDescription);
        Field(x => x.Enabled, "Disables the webhook, or enables it again (which also forgets how long it has been failing).");
    }
}

public sealed class RedeliverWebhookEventInputType : RecordInputGraphType<RedeliverWebhookEventInput>
{
    public RedeliverWebhookEventInputType() : base(nameof(RedeliverWebhookEventInput))
    {
        Field(x => x.Delivery, "The delivery to queue again, by its global ID.", graphType: typeof(NonNullGraphType<IdGraphType>));
    }
}

public sealed class WebhookSecretPayloadType : ObjectGraphType<WebhookSecretPayload>
{
    public WebhookSecretPayloadType()
    {
        Name = nameof(WebhookSecretPayload);
        Description = "A webhook and its new signing secret, shown this once; null when nothing changed.";
        Field<WebhookType>("webhook").Resolve(context => context.Source.Webhook);
        Field<StringGraphType>("secret")
            .Description("The secret (whsec_…) that signs every delivery: store it now, it is not shown again.")
            .Resolve(context => context.Source.Secret);
        this.AddErrors(payload => payload.Errors);
    }
}
