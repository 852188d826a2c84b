using BenchmarkDotNet.Attributes;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Schema;
using NetworkGraph.GraphQL.Schema;

namespace NetworkGraph.Bench.Micro;

/// <summary>
/// A whole operation in process, without HTTP: execution, DataLoaders, EF Core and the database, and the JSON
/// written. Needs the benchmark database (bench/run.sh sets <see cref="DatabaseVariable"/>); its allocations per
/// operation are the ones to compare with the hand-written endpoint's.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class ExecutionBenchmarks
{
    public const string DatabaseVariable = "NETWORKGRAPH_BENCH_DATABASE";

    private WebApplication host = null!;
    private IDocumentExecuter<NetworkGraphSchema> executer = null!;
    private IGraphQLSerializer serializer = null!;
    private string flat = null!;
    private string threeLevels = null!;

    [GlobalSetup]
    public void Setup()
    {
        host = ServiceHost.Build(Environment.GetEnvironmentVariable(DatabaseVariable)
            ?? throw new InvalidOperationException($"{DatabaseVariable} names the benchmark database."));
        executer = host.Services.GetRequiredService<IDocumentExecuter<NetworkGraphSchema>>();
        serializer = host.Services.GetRequiredService<IGraphQLSerializer>();
        flat = ServiceHost.Document("q1-flat.graphql");
        threeLevels = ServiceHost.Document("q2-three-level.graphql");
    }

    [GlobalCleanup]
    public void Cleanup() => host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "Q1 flat list, executed and written")]
    public Task<long> Flat() => ExecuteAsync(flat);

    [Benchmark(Description = "Q2 three levels, executed and written")]
    public Task<long> ThreeLevels() => ExecuteAsync(threeLevels);

    private async Task<long> ExecuteAsync(string query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var result = await executer.ExecuteAsync(new ExecutionOptions { Query = query, RequestServices = scope.ServiceProvider });
        if (result.Errors is { Count: > 0 } errors) throw new InvalidOperationException(errors[0].Message);
        using var output = new MemoryStream();
        await serializer.WriteAsync(output, result);
        return output.Length;
    }
}
