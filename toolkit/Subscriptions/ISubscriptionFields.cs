using GraphQL.Types;

namespace NetworkGraph.GraphQL.Subscriptions;

/// <summary>
/// A feature's contribution to the root Subscription type. A field returns its source stream with
/// <c>ResolveStream</c> (an <see cref="IObservable{T}"/>; <see cref="EventStreams.From{T}"/> makes one of an
/// asynchronous sequence), and each event it emits becomes the field's value: the event's selection set then runs in a
/// scope of its own, as the subscriber (see <see cref="CallerScopedSubscriptionStrategy"/>).
/// </summary>
public interface ISubscriptionFields
{
    void AddTo(ObjectGraphType subscription);
}

public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<ISubscriptionFields> features)
    {
        Name = "Subscription";
        foreach (var feature in features) feature.AddTo(this);
    }
}
