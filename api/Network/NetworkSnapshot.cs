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

    /// <summary>The views of every audience, made side by side.</summary>
    public static NetworkSnapshot Of(long asOf, NetworkRecords records) =>
        new(asOf, EachAudience(audience => NetworkView.Of(AccessRules.Of(audience), records, asOf)));

    /// <summary>The snapshot after the changes, which the records already reflect: a view that did not change is kept, with what it remembers.</summary>
    public NetworkSnapshot After(long asOf, NetworkRecords records, IReadOnlyList<LoggedChange> changes) =>
        new(asOf, EachAudience(audience => views[audience].After(AccessRules.Of(audience), records, changes)));

    /// <summary>The same views, as of a later change that none of them holds (a proposal's step, say).</summary>
    public NetworkSnapshot At(long asOf) => new(asOf, views);

    private static Dictionary<Audience, NetworkView> EachAudience(Func<Audience, NetworkView> view) =>
        Enum.GetValues<Audience>().AsParallel().Select(audience => (audience, View: view(audience))).ToDictionary(pair => pair.audience, pair => pair.View);
}
