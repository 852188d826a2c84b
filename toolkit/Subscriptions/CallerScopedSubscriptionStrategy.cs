using GraphQL;
using GraphQL.Execution;
using NetworkGraph.GraphQL.Transport;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace NetworkGraph.GraphQL.Subscriptions;

/// <summary>
/// Executes every event of a subscription in a service scope of its own, as the subscriber, and passes its result
/// through <see cref="IResponseGate"/> before that scope ends: DbContexts, DataLoader caches and the current viewer never
/// outlive one event.
/// <para>
/// GraphQL.NET 8's <see cref="SubscriptionExecutionStrategy"/> resolves the source stream with the operation's
/// <c>RequestServices</c>, then runs each event's selection set (<c>ProcessDataAsync</c>, one event at a time, in order)
/// on a copy of the operation's execution context: with those same <c>RequestServices</c>, whose scope is gone by the
/// time events fire. GraphQL.MicrosoftDI's <c>ScopedSubscriptionExecutionStrategy</c> gives each event a new scope, but
/// an empty one: nobody is signed in there and nothing audits what the event read. This strategy overrides the same two
/// hooks, and also enters the connection's caller (carried in the user context, see <see cref="SubscriptionCaller"/>)
/// into the event's scope and asks the gate. Subscribing to the source stream in the transport and executing each event
/// as an operation of its own would parse, validate and plan the document again for every event, and rebuild what the
/// strategy does already (null propagation, error paths, event order).
/// </para>
/// </summary>
public sealed class CallerScopedSubscriptionStrategy(IServiceScopeFactory scopes, ISubscriptionCallers callers, IResponseGate gate)
    : SubscriptionExecutionStrategy(new ParallelExecutionStrategy())
{
    /// <summary>The copy kept for the events holds no services: the operation's scope ends once its stream is set up.</summary>
    protected override ExecutionContext CloneExecutionContext(ExecutionContext context, CancellationToken token)
    {
        var copy = base.CloneExecutionContext(context, token);
        copy.RequestServices = null;
        return copy;
    }

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        await using var scope = scopes.CreateAsyncScope();
        callers.Enter(SubscriptionCaller.From(context.UserContext), scope.ServiceProvider);
        context.RequestServices = scope.ServiceProvider;
        var result = await base.ProcessDataAsync(context, node, value);
        return await gate.BeforeResponseAsync(scope.ServiceProvider, result, context.CancellationToken);
    }
}
