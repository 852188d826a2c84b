using Microsoft.Extensions.Options;
using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

/// <summary>The webhook mutations, answered by <see cref="WebhookManagement"/>.</summary>
public sealed class WebhookMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add<WebhookSecretPayloadType, CreateWebhookInputType, CreateWebhookInput, WebhookSecretPayload>(mutation, "createWebhook",
            "Makes a webhook. The payload holds its signing secret: store it, it is not shown again.",
            (webhooks, input, cancellationToken) => webhooks.CreateAsync(input, cancellationToken));
        Add<PayloadGraphType<WebhookType, Webhook>, UpdateWebhookInputType, UpdateWebhookInput, Payload<Webhook>>(mutation, "updateWebhook",
            "Changes the given fields of a webhook: its URL, events, description, or whether it is enabled.",
            (webhooks, input, cancellationToken) => webhooks.UpdateAsync(input, cancellationToken));
        Add<WebhookSecretPayloadType, RecordVersionInputType, RecordVersion, WebhookSecretPayload>(mutation, "rotateWebhookSecret",
            "Gives a webhook a new secret, shown this once; the old one goes on signing beside it for a while (Webhooks:RotationOverlap).",
            (webhooks, input, cancellationToken) => webhooks.RotateSecretAsync(input, cancellationToken));
        Add<PayloadGraphType<WebhookType, Webhook>, RecordVersionInputType, RecordVersion, Payload<Webhook>>(mutation, "deleteWebhook",
            "Deletes a webhook with its deliveries and their log.",
            (webhooks, input, cancellationToken) => webhooks.DeleteAsync(input, cancellationToken));
        Add<PayloadGraphType<WebhookDeliveryType, WebhookDelivery>, RedeliverWebhookEventInputType, RedeliverWebhookEventInput, Payload<WebhookDelivery>>(
            mutation, "redeliverWebhookEvent",
            "Queues a delivery again, with the same message id, for a fresh round of attempts.",
            (webhooks, input, cancellationToken) => webhooks.RedeliverAsync(input, cancellationToken));
    }

    private static void Add<TPayloadType, TInputType, TInput, TPayload>(ObjectGraphType mutation, string name, string description,
        Func<WebhookManagement, TInput, CancellationToken, Task<TPayload>> run) where TPayloadType : IGraphType where TInputType : IInputObjectGraphType =>
        mutation.AddInputMutation<TPayloadType, TInputType, TInput, TPayload>(name, description,
            (context, input) => run(Webhooks(context), input, context.CancellationToken));

    private static WebhookManagement Webhooks(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        return new WebhookManagement(context.Access(), services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>(),
            services.GetRequiredService<IOptions<WebhookOptions>>().Value, services.GetRequiredService<WebhookWorker>());
    }
}
