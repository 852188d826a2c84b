using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NetworkGraph.Tests.Webhooks;

/// <summary>A request the receiver was sent, with its headers and raw body.</summary>
public sealed record ReceivedWebhook(string Path, IHeaderDictionary Headers, string Body);

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port that records every request and answers by its path:
/// <c>/status/{code}</c> with that status, <c>/switch</c> with <see cref="SwitchStatus"/> (an endpoint that goes down and
/// comes back), <c>/slow</c> never (it waits until the client gives up), <c>/close</c> by closing the connection without
/// an answer, <c>/reset</c> by resetting it.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedWebhook> received = new();
    private readonly TaskCompletionSource slowRequestArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int switchStatus = StatusCodes.Status200OK;

    private WebhookReceiver()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(ReceiveAsync);
    }

    public IReadOnlyList<ReceivedWebhook> Received => [.. received];

    /// <summary>What <c>/switch</c> answers: 200 until a test says otherwise.</summary>
    public int SwitchStatus
    {
        get => Volatile.Read(ref switchStatus);
        set => Volatile.Write(ref switchStatus, value);
    }

    /// <summary>The requests once they meet <paramref name="enough"/>; fails, showing what arrived, when they do not within the timeout (30 s).</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> enough, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var next = Volatile.Read(ref arrived).Task;
            var now = Received;
            if (enough(now)) return now;
            if (DateTime.UtcNow >= deadline)
                throw new Xunit.Sdk.XunitException($"The receiver did not get what the test waited for; it got {now.Count} requests:\n"
                    + string.Join("\n", now.Select(request => $"{request.Path} {request.Headers["webhook-id"]} {request.Body}")));
            await Task.WhenAny(next, Task.Delay(deadline - DateTime.UtcNow));
        }
    }

    /// <summary>Completes when a request to <c>/slow</c> has arrived.</summary>
    public Task SlowRequestArrived => slowRequestArrived.Task;

    public int Port => new Uri(app.Urls.Single()).Port;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        await receiver.app.StartAsync();
        return receiver;
    }

    /// <summary>The receiver's URL for a path, with the host given (an address or a name that leads to 127.0.0.1).</summary>
    public Uri Url(string path, string host = "127.0.0.1") => new($"http://{host}:{Port}{path}");

    /// <summary>A URL on a port of 127.0.0.1 that was free a moment ago and that nothing listens on.</summary>
    public static Uri ClosedPortUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/hooks");
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var path = context.Request.Path.Value ?? "";
        received.Enqueue(new ReceivedWebhook(path, new HeaderDictionary(context.Request.Headers.ToDictionary()), body));
        Interlocked.Exchange(ref arrived, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

        if (path.StartsWith("/status/", StringComparison.Ordinal))
            context.Response.StatusCode = int.Parse(path["/status/".Length..]);
        else if (path == "/switch")
            context.Response.StatusCode = SwitchStatus;
        else if (path == "/slow")
        {
            slowRequestArrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        else if (path == "/close")
        {
            SocketOf(context).Shutdown(SocketShutdown.Both);
            context.Abort();
        }
        else if (path == "/reset")
        {
            // Closing with a zero linger time sends a TCP reset instead of an orderly close.
            SocketOf(context).LingerState = new LingerOption(true, 0);
            context.Abort();
        }
        else
            context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private static Socket SocketOf(HttpContext context) => context.Features.Get<IConnectionSocketFeature>()!.Socket;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
