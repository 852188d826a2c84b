using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

/// <summary>
/// Administrators and partners make, change, rotate and delete their webhooks, and queue deliveries again. A secret is in
/// the payload of the change that made it, once, and nowhere else; every change is audited without it. A partner's
/// webhook belongs to its organisation; administrators see and change every webhook.
/// </summary>
public sealed class WebhookManagement(AccessRules access, IDbContextFactory<NetworkGraphDbContext> contexts, WebhookOptions options, WebhookWorker worker)
{
    /// <summary>What anyone else is told, by the mutations and the lists alike.</summary>
    public const string Refusal = "Only administrators and partners have webhooks.";

    /// <summary>The most webhooks of one owner: the administrators, or one organisation.</summary>
    public const int MaxPerOwner = 20;

    private static readonly string RecordType = EntityNodes.NameOf<Webhook>();
    private static readonly string DeliveryType = nameof(WebhookDelivery);
    private static readonly NotAllowedError NotAllowed = new(Refusal);
    private static readonly string[] DeliveryPath = ["input", Naming.LowerCamel(nameof(RedeliverWebhookEventInput.Delivery))];

    private delegate void Change(Webhook webhook, DateTime now, WebhookFields fields, InputChecks checks);

    public async Task<WebhookSecretPayload> CreateAsync(CreateWebhookInput input, CancellationToken cancellationToken)
    {
        if (!access.MayOwnWebhooks) return WebhookSecretPayload.Failed(NotAllowed);
        var checks = new InputChecks();
        var fields = new WebhookFields(checks, options.AllowPrivateTargets);
        var webhook = new Webhook { OrganisationId = access.PartnerOrganisation, Secret = WebhookSecrets.Create() };
        fields.Url(webhook, input.Url);
        fields.Events(webhook, input.Events);
        fields.Description(webhook, input.Description);
        if (checks.Failed) return new WebhookSecretPayload(null, null, checks.Errors);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await access.Webhooks(db).CountAsync(w => w.OrganisationId == webhook.OrganisationId, cancellationToken) >= MaxPerOwner)
            return WebhookSecretPayload.Failed(new ValidationError($"An owner has at most {MaxPerOwner} webhooks: delete one first.", ["input"]));
        webhook.CreatedBy = webhook.UpdatedBy = access.Viewer.Actor;
        db.Webhooks.Add(webhook);
        AuditTrail.Audit(db, access.Viewer, WebhookAudit.Created, RecordType, webhook.Id, null, WebhookAudit.Snapshot(webhook));
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSecretPayload(webhook, webhook.Secret, []);
    }

    public Task<Payload<Webhook>> UpdateAsync(UpdateWebhookInput input, CancellationToken cancellationToken) =>
        ChangeAsync(input, WebhookAudit.Updated, (webhook, now, fields, checks) =>
        {
            if (input.Url.IsGiven) fields.Url(webhook, input.Url.Value);
            if (input.Events.IsGiven) fields.Events(webhook, input.Events.Value);
            if (input.Description.IsGiven) fields.Description(webhook, input.Description.Value);
            if (!input.Enabled.IsGiven) return;
            if (input.Enabled.Value is not { } enabled) checks.Fail(input.Enabled.Field, $"'{input.Enabled.Field}' cannot be null.");
            else if (enabled && !webhook.Enabled) Enable(webhook);
            else if (!enabled && webhook.Enabled) (webhook.Enabled, webhook.DisabledReason, webhook.DisabledAt) = (false, WebhookDisabledReason.Owner, now);
        }, cancellationToken);

    /// <summary>A new secret, shown once; the one it replaces signs beside it for <see cref="WebhookOptions.RotationOverlap"/>.</summary>
    public async Task<WebhookSecretPayload> RotateSecretAsync(RecordVersion input, CancellationToken cancellationToken)
    {
        var rotated = await ChangeAsync(input, WebhookAudit.SecretRotated, (webhook, now, _, _) =>
            (webhook.PreviousSecret, webhook.PreviousSecretUntil, webhook.Secret) = (webhook.Secret, now + options.RotationOverlap, WebhookSecrets.Create()),
            cancellationToken);
        return rotated.Record is { } webhook ? new WebhookSecretPayload(webhook, webhook.Secret, []) : new WebhookSecretPayload(null, null, rotated.Errors);
    }

    /// <summary>Deletes the webhook with its deliveries and their log; the payload shows it as it was.</summary>
    public async Task<Payload<Webhook>> DeleteAsync(RecordVersion input, CancellationToken cancellationToken)
    {
        if (!access.MayOwnWebhooks) return Payload<Webhook>.Failed(NotAllowed);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (webhook, error) = await LoadAsync(db, input, cancellationToken);
        if (webhook is null) return Payload<Webhook>.Failed(error!);
        var before = WebhookAudit.Snapshot(webhook);
        db.Webhooks.Remove(webhook);
        AuditTrail.Audit(db, access.Viewer, WebhookAudit.Deleted, RecordType, webhook.Id, before, before.ToDictionary(field => field.Key, _ => (object?)null));
        return await SaveAsync(db, webhook, cancellationToken);
    }

    /// <summary>Queues a delivery again, for a fresh round of attempts with the same message id.</summary>
    public async Task<Payload<WebhookDelivery>> RedeliverAsync(RedeliverWebhookEventInput input, CancellationToken cancellationToken)
    {
        if (!access.MayOwnWebhooks) return Payload<WebhookDelivery>.Failed(NotAllowed);
        if (!GlobalId.TryDecodeGuid(input.Delivery, DeliveryType, out var id))
            return Payload<WebhookDelivery>.Failed(new ValidationError($"'{DeliveryPath[1]}' is not a webhook delivery ID.", DeliveryPath));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var webhook = await access.Webhooks(db).FirstOrDefaultAsync(w => db.WebhookDeliveries.Any(d => d.Id == id && d.WebhookId == w.Id), cancellationToken);
        if (webhook is null) return Payload<WebhookDelivery>.Failed(new NotFoundError("No such webhook delivery.", DeliveryPath));
        if (!webhook.Enabled)
            return Payload<WebhookDelivery>.Failed(new ValidationError("The webhook is disabled: enable it, then redeliver.", DeliveryPath));
        var delivery = await db.WebhookDeliveries.AsTracking().FirstAsync(d => d.Id == id, cancellationToken);
        var status = delivery.Status;
        (delivery.Status, delivery.Attempts, delivery.NextAttemptAt, delivery.DeliveredAt) =
            (WebhookDeliveryStatus.Pending, 0, db.Clock.GetUtcNow().UtcDateTime, null);
        AuditTrail.Audit(db, access.Viewer, WebhookAudit.Redelivered, RecordType, webhook.Id,
            new Dictionary<string, object?> { ["status"] = status.ToString() },
            new Dictionary<string, object?> { ["delivery"] = GlobalId.Encode(DeliveryType, id.ToString("N")), ["event"] = delivery.EventSequence, ["status"] = delivery.Status.ToString() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload<WebhookDelivery>.Failed(new ValidationError("The delivery is being attempted at this moment: try again shortly.", DeliveryPath));
        }
        worker.Wake();
        return Payload<WebhookDelivery>.Changed(delivery);
    }

    /// <summary>Enabled again, the webhook starts afresh: the time it has been failing no longer counts towards disabling it.</summary>
    private static void Enable(Webhook webhook) =>
        (webhook.Enabled, webhook.DisabledReason, webhook.DisabledAt, webhook.FailingSince) = (true, null, null, null);

    /// <summary>Loads the webhook the input names at its version, applies the change where every check passes, audits and saves it.</summary>
    private async Task<Payload<Webhook>> ChangeAsync(RecordVersion input, string action, Change change, CancellationToken cancellationToken)
    {
        if (!access.MayOwnWebhooks) return Payload<Webhook>.Failed(NotAllowed);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (webhook, error) = await LoadAsync(db, input, cancellationToken);
        if (webhook is null) return Payload<Webhook>.Failed(error!);
        var before = WebhookAudit.Snapshot(webhook);
        var checks = new InputChecks();
        change(webhook, db.Clock.GetUtcNow().UtcDateTime, new WebhookFields(checks, options.AllowPrivateTargets), checks);
        if (checks.Failed) return new Payload<Webhook>(null, checks.Errors);
        webhook.UpdatedBy = access.Viewer.Actor;
        db.Entry(webhook).Property(w => w.UpdatedAt).IsModified = true;
        AuditTrail.Audit(db, access.Viewer, action, RecordType, webhook.Id, before, WebhookAudit.Snapshot(webhook));
        return await SaveAsync(db, webhook, cancellationToken);
    }

    private async Task<Payload<Webhook>> SaveAsync(NetworkGraphDbContext db, Webhook webhook, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Payload<Webhook>.Changed(webhook);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            return Conflict(await fresh.Webhooks.Where(w => w.Id == webhook.Id).Select(w => (int?)w.Version).FirstOrDefaultAsync(cancellationToken) ?? 0);
        }
    }

    /// <summary>The tracked webhook the input names, when the caller may see it and read its current version.</summary>
    private async Task<(Webhook? Webhook, MutationError? Error)> LoadAsync(NetworkGraphDbContext db, RecordVersion input, CancellationToken cancellationToken)
    {
        string[] path = ["input", Naming.LowerCamel(nameof(input.Id))];
        if (!EntityNodes.TryDecode<Webhook>(input.Id, out var id)) return (null, new ValidationError($"'{path[1]}' is not a webhook ID.", path));
        if (!await access.Webhooks(db).AnyAsync(w => w.Id == id, cancellationToken)) return (null, new NotFoundError("No such webhook.", path));
        var webhook = await db.Webhooks.AsTracking().FirstAsync(w => w.Id == id, cancellationToken);
        return webhook.Version == input.ExpectedVersion ? (webhook, null) : (null, Conflict(webhook.Version).Errors[0]);
    }

    private static Payload<Webhook> Conflict(int currentVersion) => Payload<Webhook>.Failed(ConflictError.Stale("webhook", currentVersion));
}

/// <summary>A webhook with its new signing secret, shown this once, or why nothing changed.</summary>
public sealed record WebhookSecretPayload(Webhook? Webhook, string? Secret, IReadOnlyList<MutationError> Errors)
{
    public static WebhookSecretPayload Failed(MutationError error) => new(null, null, [error]);
}
