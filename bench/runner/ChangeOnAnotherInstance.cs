using System.Diagnostics;
using System.Text.Json;

namespace NetworkGraph.Bench.Runner;

/// <summary>
/// Two NetworkGraph instances on the benchmark database: a partnership added through the first, then the second's path
/// between its two organisations asked every 20 ms until it is one tie long. The delay runs from the first instance's
/// answer (the commit is done) until the second's answer that has the tie. Each tie is removed again afterwards, and the
/// curator key the first instance is called with is revoked.
/// </summary>
public sealed class ChangeOnAnotherInstance(RunOptions options, Database database, ServerKinds kinds, ServerPool pool)
{
    public const int Repetitions = 5;
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(20), GiveUpAfter = TimeSpan.FromMinutes(2);

    private const string AddPartnership = """
        mutation ($organisation: ID!, $partner: ID!) {
          addPartnership(input: { organisation: $organisation, partner: $partner, kind: PARTNER }) { partnership { id version } errors { code message } }
        }
        """;
    private const string RemovePartnership = """
        mutation ($id: ID!, $version: Int!) { removePartnership(input: { id: $id, expectedVersion: $version }) { errors { code message } } }
        """;
    private const string DirectTie = "query ($from: ID!, $to: ID!) { network { path(from: $from, to: $to, maxHops: 1) { hops } } }";

    /// <param name="pairs">Pairs of organisations with no tie between them yet.</param>
    public async Task<List<double>> MeasureAsync(IReadOnlyList<PathPair> pairs)
    {
        // The first instance writes, so both connect as the benchmark's administrator rather than as the read-only role.
        var writer = kinds.NetworkGraphOn(options.BasePort + 3, database.ConnectionString);
        var key = await CuratorKey.CreateAsync(writer);
        var delays = new List<double>();
        try
        {
            var first = pool.Start(writer, "NetworkGraph-first");
            var second = pool.Start(kinds.NetworkGraphOn(options.BasePort + 4, database.ConnectionString), "NetworkGraph-second");
            foreach (var instance in new[] { first, second })
            {
                await instance.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
                await NetworkAnswers.BuiltAsync(instance);
            }
            foreach (var pair in pairs.Take(Repetitions))
            {
                RunLog.Write($"a change on another instance {delays.Count + 1}/{Repetitions}");
                delays.Add(await DelayAsync(first, second, key.Key, pair));
            }
            await pool.StopAsync(first);
            await pool.StopAsync(second);
        }
        finally
        {
            await key.RevokeAsync(writer);
        }
        return delays;
    }

    private static async Task<double> DelayAsync(Server first, Server second, string key, PathPair pair)
    {
        var partnership = (await MutateAsync(first, key, AddPartnership, "addPartnership", new Dictionary<string, object>
        {
            ["organisation"] = PathPair.OrganisationId(pair.From), ["partner"] = PathPair.OrganisationId(pair.To),
        })).GetProperty("partnership");
        var committed = Stopwatch.GetTimestamp();
        await UntilAsync(second, pair, tied: true);
        var delay = Stopwatch.GetElapsedTime(committed).TotalMilliseconds;
        await MutateAsync(first, key, RemovePartnership, "removePartnership", new Dictionary<string, object>
        {
            ["id"] = partnership.GetProperty("id").GetString()!, ["version"] = partnership.GetProperty("version").GetInt32(),
        });
        // The next repetition starts once the second instance has applied the removal, so that it waits for nothing else.
        await UntilAsync(second, pair, tied: false);
        return delay;
    }

    /// <summary>Runs a mutation with the key: its payload, after checking that neither the request nor the payload has errors.</summary>
    private static async Task<JsonElement> MutateAsync(Server server, string key, string document, string field, Dictionary<string, object> variables)
    {
        var (status, body) = await server.PostAsync(document, variables, key);
        using var answer = JsonDocument.Parse(body);
        var failed = status != 200 || answer.RootElement.TryGetProperty("errors", out _);
        var payload = failed ? default : answer.RootElement.GetProperty("data").GetProperty(field);
        if (failed || payload.GetProperty("errors").GetArrayLength() > 0)
            throw new InvalidOperationException($"{field} answered {status}: {body[..Math.Min(body.Length, 500)]}");
        return payload.Clone();
    }

    /// <summary>Asks the instance every 20 ms until its network has a tie between the pair, or none.</summary>
    private static async Task UntilAsync(Server instance, PathPair pair, bool tied)
    {
        var started = Stopwatch.GetTimestamp();
        while ((NetworkAnswers.Hops(await instance.QueryAsync(DirectTie, pair.Variables)) == 1) != tied)
        {
            if (Stopwatch.GetElapsedTime(started) > GiveUpAfter)
                throw new TimeoutException($"The second instance did not see the {(tied ? "new" : "removed")} tie within {GiveUpAfter.TotalSeconds:F0} s.");
            await Task.Delay(PollEvery);
        }
    }
}
