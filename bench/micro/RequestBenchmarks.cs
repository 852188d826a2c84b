using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.GraphQL.Limits;
using NetworkGraph.Api.GraphQL.Schema;

namespace NetworkGraph.Bench.Micro;

/// <summary>
/// What a request pays before it runs: parsing the three-level budget query (skipped when the document cache has it)
/// and validating it against the real schema: the first time with all of GraphQL.NET's rules and the operation limits,
/// afterwards (a document validated before) with the rules that depend on the request's variables only.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class RequestBenchmarks
{
    private WebApplication host = null!;
    private IServiceScope scope = null!;
    private NetworkGraphSchema schema = null!;
    private string query = null!;
    private GraphQLDocument document = null!;
    private GraphQLOperationDefinition operation = null!;
    private IValidationRule[] allRules = null!;
    private IValidationRule[] againRules = null!;
    private readonly DocumentValidator validator = new();

    [GlobalSetup]
    public void Setup()
    {
        host = ServiceHost.Build();
        scope = host.Services.CreateScope();
        schema = host.Services.GetRequiredService<NetworkGraphSchema>();
        schema.Initialize();
        query = ServiceHost.Document("q2-three-level.graphql");
        document = GraphQLParser.Parser.Parse(query);
        operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var limits = host.Services.GetRequiredService<OperationLimitsRule>();
        allRules = [.. DocumentValidator.CoreRules, limits];
        againRules = [FieldArgumentsAreValidRule.Instance, limits];
        if (!Validate(allRules).GetAwaiter().GetResult().IsValid) throw new InvalidOperationException("The budget query does not validate.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        scope.Dispose();
        host.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "parse the three-level query")]
    public GraphQLDocument Parse() => GraphQLParser.Parser.Parse(query);

    [Benchmark(Description = "validate it: all GraphQL.NET rules + limits")]
    public Task<IValidationResult> ValidateFirstTime() => Validate(allRules);

    [Benchmark(Description = "validate it again: argument validators + limits")]
    public Task<IValidationResult> ValidateAgain() => Validate(againRules);

    private Task<IValidationResult> Validate(IValidationRule[] rules) => validator.ValidateAsync(new ValidationOptions
    {
        Schema = schema,
        Document = document,
        Operation = operation,
        Rules = rules,
        UserContext = new Dictionary<string, object?>(),
        Metrics = Metrics.None,
        Variables = Inputs.Empty,
        Extensions = Inputs.Empty,
        RequestServices = scope.ServiceProvider,
    });
}
