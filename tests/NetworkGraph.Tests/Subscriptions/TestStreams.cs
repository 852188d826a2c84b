using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Access;
using NetworkGraph.GraphQL.Subscriptions;

namespace NetworkGraph.Tests.Subscriptions;

/// <summary>
/// Subscription fields added in the subscription tests only: <c>ticks</c> streams 0, 1, … and completes;
/// <c>pushed(channel:)</c> streams what a test pushes into its <see cref="TestChannels"/> channel, and tells for each
/// event who it ran as and in which service scope.
/// </summary>
public sealed class TestStreams(TestChannels channels) : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<IntGraphType>, int>("ticks")
            .Argument<NonNullGraphType<IntGraphType>>("count")
            .Argument<NonNullGraphType<IntGraphType>>("intervalMs")
            .ResolveStream(context => EventStreams.From(token => Ticks(context.GetArgument<int>("count"), context.GetArgument<int>("intervalMs"), token)));
        subscription.Field<NonNullGraphType<PushedEventType>, PushedEvent>("pushed")
            .Argument<NonNullGraphType<StringGraphType>>("channel")
            .ResolveStream(context => channels[context.GetArgument<string>("channel")]);
    }

    private static async IAsyncEnumerable<int> Ticks(int count, int intervalMs, [EnumeratorCancellation] CancellationToken token)
    {
        for (var tick = 0; tick < count; tick++)
        {
            if (tick > 0) await Task.Delay(intervalMs, token);
            yield return tick;
        }
    }
}

public sealed record PushedEvent(int Value);

public sealed class PushedEventType : ObjectGraphType<PushedEvent>
{
    public PushedEventType()
    {
        Name = "TestPushedEvent";
        Field(e => e.Value);
        Field<NonNullGraphType<StringGraphType>>("viewer").Resolve(context => context.RequestServices!.GetRequiredService<CurrentViewer>().Viewer.Actor);
        Field<NonNullGraphType<StringGraphType>>("scope").Resolve(context => context.RequestServices!.GetRequiredService<ScopeMarker>().Id.ToString());
    }
}

/// <summary>A scoped service that tells one service scope from another.</summary>
public sealed class ScopeMarker
{
    public Guid Id { get; } = Guid.NewGuid();
}
