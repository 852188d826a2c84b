namespace NetworkGraph.Tests.Webhooks;

/// <summary>Reads what background work changes until it is as a test expects; only a timeout fails, with the last value read.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow >= deadline)
                throw new Xunit.Sdk.XunitException($"Waited {Timeout.TotalSeconds} s for {what}; the last read was {System.Text.Json.JsonSerializer.Serialize(value)}.");
            await Task.Delay(50);
        }
    }
}
