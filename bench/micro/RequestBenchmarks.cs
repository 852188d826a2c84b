using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.GraphQL;
using NetworkGraph.GraphQL.Limits;
using NetworkGraph.GraphQL.Transport;
using NetworkGraph.Api.Schema;
using NetworkGraph.GraphQL.Schema;

namespace NetworkGraph.Bench.Micro;

/// <summary>
/// What a request pays before it runs: parsing the three-level budget query (skipped when the document cache has it)
/// and validating it against the real schema: the first time with all of GraphQL.NET's rules and the operation limits,
/// afterwards (a document validated before) with the rules that depend on the request's variables only. Beside it, the
/// guard against documents too big to validate: refusing 2,000 fragments by their size, and validating the most
/// fragments the limits let through.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class RequestBenchmarks
{
    private WebApplication host = null!;
    private IServiceScope scope = null!;
    private NetworkGraphSchema schema = null!;
    private string query = null!;
    private GraphQLDocument document = null!;
    private IValidationRule[] allRules = null!;
    private IValidationRule[] againRules = null!;
    private string twoThousandFragments = null!;
    private GraphQLDocument hundredFragments = null!;
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
        var limits = host.Services.GetRequiredService<OperationLimitsRule>();
        allRules = [.. DocumentValidator.CoreRules, limits];
        againRules = [FieldArgumentsAreValidRule.Instance, limits];
        if (!Validate(allRules).GetAwaiter().GetResult().IsValid) throw new InvalidOperationException("The budget query does not validate.");
        twoThousandFragments = SpreadOnce(2000);
        hundredFragments = GraphQLParser.Parser.Parse(SpreadOnce(100));
        if (!Validate(allRules, hundredFragments).GetAwaiter().GetResult().IsValid) throw new InvalidOperationException("The fragments do not validate.");
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

    [Benchmark(Description = "refuse 2,000 fragments spread once, before parsing")]
    public DocumentSize RefuseTwoThousandFragments() => DocumentSize.Measure(twoThousandFragments, new GraphQLOptions().MaxTokens);

    [Benchmark(Description = "validate 100 fragments spread once, the most allowed")]
    public Task<IValidationResult> ValidateHundredFragments() => Validate(allRules, hundredFragments);

    private static string SpreadOnce(int fragments) =>
        "query { " + string.Join(' ', Enumerable.Range(0, fragments).Select(i => $"...F{i}")) + " } "
        + string.Join(' ', Enumerable.Range(0, fragments).Select(i => $"fragment F{i} on Query {{ __typename }}"));

    private Task<IValidationResult> Validate(IValidationRule[] rules, GraphQLDocument? other = null) => validator.ValidateAsync(new ValidationOptions
    {
        Schema = schema,
        Document = other ?? document,
        Operation = (other ?? document).Definitions.OfType<GraphQLOperationDefinition>().Single(),
        Rules = rules,
        UserContext = new Dictionary<string, object?>(),
        Metrics = Metrics.None,
        Variables = Inputs.Empty,
        Extensions = Inputs.Empty,
        RequestServices = scope.ServiceProvider,
    });
}
