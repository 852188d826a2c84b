using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Limits;

/// <summary>An app whose operations time out after 1 ms, with a cost limit high enough to let a slow query start.</summary>
public sealed class ImpatientApps() : AppFixture(new Dictionary<string, string>
{
    ["GraphQL:Timeout"] = "00:00:00.001",
    ["GraphQL:MaxCost"] = "1000000",
});

public sealed class TimeoutTests(ImpatientApps apps) : IClassFixture<ImpatientApps>
{
    [Fact]
    public async Task An_operation_that_runs_over_its_time_is_stopped_with_a_coded_error()
    {
        // Tens of thousands of reference records, loaded in several batches: seconds of work, far beyond 1 ms,
        // and the executer checks the cancellation between fields, so the timeout is met whatever the machine's speed.
        const string query = "{ countries { institutions { institution { memberStates { country { civicSpace { year } } } } } } }";
        var answer = await (await apps.For(DatabaseProvider.Sqlite)).QueryAsync(query);
        Assert.Equal(["TIMEOUT"], answer.ErrorCodes);
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task Parsing_and_validation_count_towards_the_time_of_an_operation()
    {
        // Nothing to execute but __typename; validating a hundred fragments takes far longer than 1 ms.
        var query = "query { " + string.Join(' ', Enumerable.Range(0, 100).Select(i => $"...F{i}")) + " } "
            + string.Join(' ', Enumerable.Range(0, 100).Select(i => $"fragment F{i} on Query {{ __typename }}"));
        var answer = await (await apps.For(DatabaseProvider.Sqlite)).QueryAsync(query);
        Assert.Equal(["TIMEOUT"], answer.ErrorCodes);
        Assert.False(answer.HasData);
    }
}
