using System.Text.Json.Nodes;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>
/// One test's webhooks, aimed at a receiver of its own (or one it is given) and made and read over GraphQL by their
/// owner, and the records a curator publishes to make events. Disposing it deletes the webhooks and stops the receiver
/// it started.
/// </summary>
internal sealed class WebhookScene : IAsyncDisposable
{
    public const string WebhookSelection = "id version url description events enabled disabledReason disabledAt failingSince previousSecretUntil owner { slug }";

    private const string DeliverySelection =
        "id messageId eventType eventSequence status attemptCount payload attempts { attemptedAt outcome statusCode durationMilliseconds error }";

    private readonly List<string> webhooks = [];
    private readonly string name;
    private readonly bool ownsReceiver;

    private WebhookScene(NetworkGraphApp app, GraphQLClient owner, GraphQLClient curator, WebhookReceiver receiver, bool ownsReceiver, string name) =>
        (App, Owner, Curator, Receiver, this.ownsReceiver, this.name) = (app, owner, curator, receiver, ownsReceiver, name);

    public NetworkGraphApp App { get; }
    public GraphQLClient Owner { get; }
    public GraphQLClient Curator { get; }
    public WebhookReceiver Receiver { get; }

    public static async Task<WebhookScene> StartAsync(NetworkGraphApp app, GraphQLClient owner, string name, WebhookReceiver? receiver = null) =>
        new(app, owner, await app.CuratorClientAsync(), receiver ?? await WebhookReceiver.StartAsync(), ownsReceiver: receiver is null, name);

    public static Task<MutationPayload> CreateAsync(GraphQLClient client, object input) =>
        client.MutateAsync("createWebhook", "CreateWebhookInput", $"webhook {{ {WebhookSelection} }} secret errors {{ code message path }}", input);

    /// <summary>A webhook of the owner's to the receiver's path, for the events named.</summary>
    public async Task<CreatedWebhook> CreateAsync(string path, params string[] events)
    {
        var payload = (await CreateAsync(Owner, new { url = Receiver.Url(path).ToString(), events })).AssertNoErrors();
        var created = new CreatedWebhook(payload.Data<StoredWebhook>("webhook"), payload.Data<string>("secret"));
        webhooks.Add(created.Id);
        return created;
    }

    public async Task<StoredWebhook?> WebhookAsync(string id)
    {
        var response = await Owner.QueryAsync($"query ($id: ID!) {{ webhooks(first: 1, where: {{ id: {{ eq: $id }} }}) {{ nodes {{ {WebhookSelection} }} }} }}", new { id });
        return response.AssertNoErrors().Data<List<StoredWebhook>>("webhooks.nodes").SingleOrDefault();
    }

    /// <summary>The webhook's deliveries as its owner sees them, in the order of their events.</summary>
    public async Task<List<Delivery>> DeliveriesAsync(string webhookId)
    {
        var response = await Owner.QueryAsync(
            $"query ($id: ID!) {{ webhookDeliveries(webhook: $id, first: 100, order: [{{ eventSequence: ASC }}]) {{ nodes {{ {DeliverySelection} }} }} }}", new { id = webhookId });
        return response.AssertNoErrors().Data<List<Delivery>>("webhookDeliveries.nodes");
    }

    public Task<List<Delivery>> WaitForDeliveriesAsync(string webhookId, Func<List<Delivery>, bool> done, string what) =>
        Eventually.UntilAsync(() => DeliveriesAsync(webhookId), done, what);

    /// <summary>A new organisation that the curator publishes, which makes a <c>content.published</c> event; its global ID.</summary>
    public async Task<string> PublishOrganisationAsync(string label)
    {
        var organisation = $"{name} {label}";
        const string selection = "organisation { id } errors { code message path }";
        var created = (await Curator.MutateAsync("createOrganisation", "CreateOrganisationInput", selection,
            new { slug = TestData.Slug(organisation), name = organisation, kind = "NGO", headquartersCountry = "GE" })).AssertNoErrors();
        var id = created.Data<string>("organisation.id");
        (await Curator.MutateAsync("publishOrganisation", "RecordVersionInput", selection, new { id, expectedVersion = 1 })).AssertNoErrors();
        return id;
    }

    /// <summary>The global ID of the record or tie a delivery's body is about.</summary>
    public static string SubjectOf(string body) => JsonNode.Parse(body)!["data"]!["id"]!.GetValue<string>();

    public async ValueTask DisposeAsync()
    {
        foreach (var id in webhooks)
            if (await WebhookAsync(id) is { } webhook)
                await Owner.MutateAsync("deleteWebhook", "RecordVersionInput", "errors { code }", new { id, expectedVersion = webhook.Version });
        if (ownsReceiver) await Receiver.DisposeAsync();
    }
}

public sealed record StoredWebhook(string Id, int Version, string Url, string? Description, List<string> Events, bool Enabled, string? DisabledReason,
    DateTime? DisabledAt, DateTime? FailingSince, DateTime? PreviousSecretUntil, Slugged? Owner);

public sealed record CreatedWebhook(StoredWebhook Webhook, string Secret)
{
    public string Id => Webhook.Id;
}

public sealed record Delivery(string Id, string MessageId, string EventType, long EventSequence, string Status, int AttemptCount, string Payload,
    List<DeliveryAttempt> Attempts)
{
    /// <summary>The attempts that were sent: all but those the circuit breaker held back.</summary>
    public int Sent => Attempts.Count(attempt => attempt.Outcome != "CIRCUIT_OPEN");
}

public sealed record DeliveryAttempt(DateTime AttemptedAt, string Outcome, int? StatusCode, int DurationMilliseconds, string? Error);
