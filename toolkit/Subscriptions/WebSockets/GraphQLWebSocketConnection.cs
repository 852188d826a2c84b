using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Extensions.Logging;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.GraphQL.Subscriptions.WebSockets;

/// <summary>
/// One graphql-transport-ws connection, from the accepted socket to its close. Messages are handled one at a time in
/// the order they arrive; each operation then runs on its own, in a scope of its own as the connection's caller, and
/// sends its messages through the one <see cref="MessageSocket"/>. When the socket closes, for whatever reason, every
/// operation is stopped and waited for, and every subscription with it.
/// </summary>
internal sealed class GraphQLWebSocketConnection<TSchema>(StreamingServices<TSchema> services, HttpContext http, MessageSocket socket, CallerConnections.Lease lease)
    where TSchema : ISchema
{
    /// <summary>How long a client has to answer the server's close before the socket is dropped.</summary>
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private static readonly AllowedOperations Everything = new(Mutations: true, Subscriptions: true);

    private readonly ConcurrentDictionary<string, Operation> operations = new();
    private readonly ConcurrentDictionary<Operation, byte> running = new();
    private readonly CancellationTokenSource receiving = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private readonly CancellationTokenSource open = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private int initialisations;
    private volatile SubscriptionCaller? caller;

    public async Task RunAsync()
    {
        var initialisation = CloseUnlessInitialisedAsync();
        try
        {
            await ReceiveAllAsync();
        }
        catch (Exception gone) when (gone is WebSocketException or OperationCanceledException)
        {
            // The client vanished, or did not answer the close in time.
        }
        finally
        {
            await open.CancelAsync();
            foreach (var operation in running.Keys) operation.Stop();
            await Task.WhenAll([initialisation, .. running.Keys.Select(operation => operation.Finished)]);
            open.Dispose();
            receiving.Dispose();
        }
    }

    private async Task ReceiveAllAsync()
    {
        while (await socket.ReceiveAsync(receiving.Token) is { } message)
        {
            if (socket.IsClosing) continue;
            try
            {
                await HandleAsync(ClientMessage.Parse(message));
            }
            catch (ProtocolViolation violation)
            {
                await CloseAsync(violation.CloseCode, violation.Message);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                services.Logger.LogError(failure, "A WebSocket message could not be handled.");
                await CloseAsync(CloseCodes.InternalError, "The server failed to handle the message.");
            }
        }
    }

    private async Task HandleAsync(ClientMessage message)
    {
        switch (message.Type)
        {
            case ClientMessage.Ping:
                await SendAsync(new OperationMessage { Type = "pong", Payload = message.Payload }, open.Token);
                break;
            case ClientMessage.ConnectionInit:
                await InitialiseAsync(message.Payload);
                break;
            case ClientMessage.Subscribe:
                await SubscribeAsync(message.Id!, message.Payload!.Value);
                break;
            case ClientMessage.Complete:
                if (operations.TryRemove(message.Id!, out var stopped)) stopped.Stop();
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement? payload)
    {
        if (Interlocked.Increment(ref initialisations) > 1)
            throw new ProtocolViolation(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
        switch (await services.Callers.AuthenticateAsync(http, payload, open.Token))
        {
            case ConnectionCaller.Forbidden forbidden:
                throw new ProtocolViolation(CloseCodes.Forbidden, $"Forbidden: {forbidden.Reason}");
            case ConnectionCaller.Unavailable unavailable:
                throw new ProtocolViolation(CloseCodes.TryAgainLater, unavailable.Reason);
            case ConnectionCaller.Accepted accepted:
                if (!lease.TryMoveTo(accepted.Caller.Partition))
                    throw new ProtocolViolation(CloseCodes.PolicyViolation, services.Connections.TooManyMessage);
                caller = accepted.Caller;
                await SendAsync(new OperationMessage { Type = "connection_ack" }, open.Token);
                break;
        }
    }

    private async Task SubscribeAsync(string id, JsonElement payload)
    {
        var subscriber = caller ?? throw new ProtocolViolation(CloseCodes.Unauthorized, "Unauthorized");
        if (operations.ContainsKey(id)) throw new ProtocolViolation(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
        GraphQLHttpRequest request;
        try
        {
            request = services.Reader.Read(payload);
        }
        catch (TransportException invalid)
        {
            throw new ProtocolViolation(CloseCodes.BadRequest, $"Invalid message: {invalid.Message}");
        }
        var max = services.Options.Value.MaxOperationsPerConnection;
        if (operations.Count >= max)
        {
            await SendAsync(Error(id, new CodedError(ErrorCodes.TooManyOperations,
                $"This connection runs {max} operations already, as many as it may: complete one before you start another.")), open.Token);
            return;
        }
        var operation = new Operation(id);
        operations[id] = operation;
        running[operation] = 0;
        _ = Task.Run(() => RunAsync(operation, subscriber, request));
    }

    /// <summary>
    /// Runs one operation to its end: an <c>error</c> when it cannot run, else its results as <c>next</c> and a
    /// <c>complete</c>. An operation the client completed, or whose connection closed, sends nothing more.
    /// </summary>
    private async Task RunAsync(Operation operation, SubscriptionCaller subscriber, GraphQLHttpRequest request)
    {
        try
        {
            var result = await ExecuteAsync(operation, subscriber, request);
            if (!result.Executed)
            {
                await FinishAsync(operation, Error(operation.Id, [.. result.Errors ?? []]));
                return;
            }
            if (result.Streams?.Values.Single() is { } stream)
            {
                await foreach (var next in ResultStream.ReadAsync(stream, operation.Token))
                    await SendAsync(Next(operation.Id, next), operation.Token);
            }
            else
            {
                await SendAsync(Next(operation.Id, result), operation.Token);
            }
            await FinishAsync(operation, new OperationMessage { Type = "complete", Id = operation.Id });
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            // Completed by the client, or the connection closed.
        }
        catch (TransportException refused)
        {
            await FinishAsync(operation, Error(operation.Id, new CodedError(refused.Code, refused.Message)));
        }
        catch (Exception failure)
        {
            services.Logger.LogError(failure, "The operation {Id} of a WebSocket connection failed.", operation.Id);
            await FinishAsync(operation, Error(operation.Id, new CodedError(ErrorCodes.InternalError, "The operation failed on the server.")));
        }
        finally
        {
            operations.TryRemove(KeyValuePair.Create(operation.Id, operation));
            running.TryRemove(operation, out _);
            operation.Finish();
        }
    }

    /// <summary>
    /// Runs the operation in a scope that acts as the caller and ends before any event of a subscription arrives (each
    /// event has a scope of its own). A result that is not a stream passes the gate before the scope ends.
    /// </summary>
    private async Task<ExecutionResult> ExecuteAsync(Operation operation, SubscriptionCaller subscriber, GraphQLHttpRequest request)
    {
        await using var scope = services.Scopes.CreateAsyncScope();
        services.Callers.Enter(subscriber, scope.ServiceProvider);
        var context = new OperationContext(scope.ServiceProvider, subscriber.User, Everything, operation.Token) { Caller = subscriber };
        var result = await services.Runner.RunAsync(request, context);
        return result.Executed && result.Streams is null
            ? await services.Gate.BeforeResponseAsync(scope.ServiceProvider, result, operation.Token)
            : result;
    }

    /// <summary>The last message of an operation; its ID is free again before the client can read that.</summary>
    private async Task FinishAsync(Operation operation, OperationMessage last)
    {
        if (!operations.TryRemove(KeyValuePair.Create(operation.Id, operation))) return;
        await SendAsync(last, operation.Token);
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(services.Options.Value.InitTimeout, open.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (Volatile.Read(ref initialisations) == 0)
            await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
    }

    /// <summary>Closes the socket: operations stop at once, and the client has <see cref="CloseTimeout"/> to answer.</summary>
    private async Task CloseAsync(int code, string reason)
    {
        await socket.CloseAsync(code, reason);
        foreach (var operation in running.Keys) operation.Stop();
        receiving.CancelAfter(CloseTimeout);
    }

    private async Task SendAsync(OperationMessage message, CancellationToken cancellationToken) =>
        await socket.SendAsync(Encoding.UTF8.GetBytes(services.Serializer.Serialize(message)), cancellationToken);

    private static OperationMessage Next(string id, ExecutionResult result) => new() { Type = "next", Id = id, Payload = result };

    private static OperationMessage Error(string id, params ExecutionError[] errors) => new() { Type = "error", Id = id, Payload = errors };

    /// <summary>An operation the connection runs; stopping it cancels what it does, and it sends nothing after.</summary>
    private sealed class Operation(string id)
    {
        private readonly CancellationTokenSource stop = new();
        private readonly TaskCompletionSource finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Id => id;

        public CancellationToken Token => stop.Token;

        /// <summary>Completes when the operation has sent its last message, or stopped.</summary>
        public Task Finished => finished.Task;

        public void Stop() => stop.Cancel();

        public void Finish() => finished.TrySetResult();
    }
}
