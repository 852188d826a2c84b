using NetworkGraph.Api.Changes;
using NetworkGraph.Data.Webhooks;

namespace NetworkGraph.Api.Webhooks;

/// <summary>
/// Sets a webhook's fields from a create or an update, each checked: what is wrong fails the input field it is about,
/// and the caller saves nothing when anything failed.
/// </summary>
public sealed class WebhookFields(InputChecks checks, bool allowPrivateTargets)
{
    private static readonly string UrlField = Naming.LowerCamel(nameof(CreateWebhookInput.Url));
    private static readonly string EventsField = Naming.LowerCamel(nameof(CreateWebhookInput.Events));
    private static readonly string DescriptionField = Naming.LowerCamel(nameof(CreateWebhookInput.Description));

    public void Url(Webhook webhook, string? url)
    {
        var given = url?.Trim() ?? "";
        if (WebhookUrls.Check(given, allowPrivateTargets) is { } refusal) checks.Fail(UrlField, refusal.Message);
        else webhook.Url = given;
    }

    /// <summary>At least one event, each of <see cref="ChangeEventTypes.All"/>; one given twice counts once.</summary>
    public void Events(Webhook webhook, IReadOnlyList<string>? events)
    {
        var given = (events ?? []).Select(name => name.Trim()).Distinct().ToList();
        var unknown = given.Where(name => !ChangeEventTypes.All.Contains(name)).ToList();
        if (given.Count == 0) checks.Fail(EventsField, $"Name at least one event: {string.Join(", ", ChangeEventTypes.All)}.");
        else if (unknown.Count > 0)
            checks.Fail(EventsField, $"Unknown {(unknown.Count == 1 ? "event" : "events")} {string.Join(", ", unknown.Select(name => $"'{name}'"))}; the events are {string.Join(", ", ChangeEventTypes.All)}.");
        else webhook.Events = given;
    }

    public void Description(Webhook webhook, string? description) =>
        webhook.Description = checks.Text(DescriptionField, NullIfBlank(description), WebhookConfiguration.MaxDescriptionLength, required: false);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
