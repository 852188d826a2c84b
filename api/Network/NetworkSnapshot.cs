using NetworkGraph.Data.Changes;

namespace NetworkGraph.Api.Network;

/// <summary>The network as of one change of the log: one view per audience, all made from the same records.</summary>
public sealed class NetworkSnapshot
{
    private readonly Dictionary<Audience, NetworkView> views;

    private NetworkSnapshot(long asOf, Dictionary<Audience, NetworkView> views)
    {
        AsOf = asOf;
        this.views = views;
    }

    /// <summary>The sequence of the latest change of the log this snapshot reflects (each view says which of them changed it).</summary>
    public long AsOf { get; }

    public NetworkView ViewOf(Audience audience) => views[audience];

    public static NetworkSnapshot Of(long asOf, NetworkRecords records) =>
        new(asOf, Enum.GetValues<Audience>().ToDictionary(audience => audience, audience => NetworkView.Of(AccessRules.Of(audience), records, asOf)));

    /// <summary>The snapshot after the changes, which the records already reflect: a view that did not change is kept, with what it remembers.</summary>
    public NetworkSnapshot After(long asOf, NetworkRecords records, IReadOnlyList<LoggedChange> changes) =>
        new(asOf, views.ToDictionary(view => view.Key, view => view.Value.After(AccessRules.Of(view.Key), records, changes)));
}
