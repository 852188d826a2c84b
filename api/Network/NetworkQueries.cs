namespace NetworkGraph.Api.Network;

/// <summary>The network as one caller may see it, at one snapshot: what the <c>network</c> field's fields read.</summary>
public sealed record NetworkAnswer(NetworkSnapshot Snapshot, NetworkView View);

/// <summary><c>network</c>: questions about how records are tied, answered from memory on the view of the caller's audience.</summary>
public sealed class NetworkQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<NetworkType>>("network")
            .Description("How records are tied to one another, as far as the caller may see: paths, neighbourhoods, brokers, communities, alliances.")
            .ResolveAsync(async context =>
            {
                var snapshot = await context.RequestServices!.GetRequiredService<NetworkEngine>().CurrentAsync(context.CancellationToken);
                return new NetworkAnswer(snapshot, snapshot.ViewOf(context.Access().Audience));
            });
}

/// <summary><c>Network</c>: each group of its fields is declared in a file of its own.</summary>
public sealed class NetworkType : ObjectGraphType<NetworkAnswer>
{
    public NetworkType()
    {
        Name = "Network";
        Description = "The records and ties the caller may see, as a network; nothing the caller may not see is used, counted or passed through.";
        Field<NonNullGraphType<LongGraphType>>("asOf")
            .Description("The sequence of the latest change of the change log that changed what the caller sees; changes to what the caller may not see leave it as it was.")
            .Resolve(context => context.Source.View.AsOf);
        NetworkPathFields.AddTo(this);
        Analytics.NetworkAnalyticsFields.AddTo(this);
        Alliances.AllianceFields.AddTo(this);
    }
}
