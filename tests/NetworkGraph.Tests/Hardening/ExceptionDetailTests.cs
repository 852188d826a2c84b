using System.Net;

namespace NetworkGraph.Tests.Hardening;

/// <summary>An unexpected failure is shown in detail in Development only.</summary>
public sealed class ExceptionDetailTests(DevelopmentApps development, ProductionApps production)
    : IClassFixture<DevelopmentApps>, IClassFixture<ProductionApps>
{
    private const string Query = "{ testFailure }";

    [Fact]
    public async Task Outside_development_a_failure_says_which_field_failed_and_nothing_of_the_exception()
    {
        using var anonymous = production.App.AnonymousClient();
        using var curator = await production.App.CuratorClientAsync();
        foreach (var client in new[] { anonymous, curator })
        {
            var answer = await client.QueryAsync(Query);
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Contains("testFailure", Assert.Single(answer.Errors).Message);
            Assert.DoesNotContain("\"details\"", answer.Body);
            Assert.DoesNotContain(FailingField.Secret, answer.Body);
            Assert.DoesNotContain("Could not connect", answer.Body);
            Assert.DoesNotContain("InvalidOperationException", answer.Body);
        }
    }

    [Fact]
    public async Task In_development_a_failure_shows_the_exception()
    {
        var answer = await development.App.QueryAsync(Query);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(FailingField.Secret, answer.Read<string>("errors[0].extensions.details"));
    }
}
