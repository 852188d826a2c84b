using System.Net;
using System.Text;
using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Subscriptions;

/// <summary>An idle stream gets a comment every 200 ms.</summary>
public sealed class EventStreamApps() : SubscriptionApps(new Dictionary<string, string> { ["Subscriptions:KeepAliveInterval"] = "00:00:00.2" });

/// <summary>GraphQL over Server-Sent Events, distinct connections mode, at /graphql.</summary>
public sealed class GraphQLOverSseTests(EventStreamApps apps) : IClassFixture<EventStreamApps>
{
    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task A_subscription_streams_next_events_then_complete(string method)
    {
        using var http = apps.Http();
        using var stream = await EventStreamClient.OpenAsync(http, "subscription { ticks(count: 3, intervalMs: 10) }", method: new HttpMethod(method));
        Assert.Equal(
            [new("next", "{\"data\":{\"ticks\":0}}", false), new("next", "{\"data\":{\"ticks\":1}}", false), new("next", "{\"data\":{\"ticks\":2}}", false), new("complete", "", false)],
            await stream.ReadToEndAsync());
    }

    [Fact]
    public async Task A_query_streams_one_next_then_complete()
    {
        using var http = apps.Http();
        using var stream = await EventStreamClient.OpenAsync(http, "{ country(code: \"md\") { name } }");
        Assert.Equal([new("next", "{\"data\":{\"country\":{\"name\":\"Moldova, Republic of\"}},\"extensions\":{\"cost\":{\"requested\":1,\"maximum\":5000}}}", false), new("complete", "", false)],
            await stream.ReadToEndAsync());
    }

    public static TheoryData<string, HttpStatusCode, string> Refusals => new()
    {
        { "{\"query\": ", HttpStatusCode.BadRequest, "INVALID_JSON" },
        { "{\"query\": \"{ nope }\"}", HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE" },
        { "{\"query\": \"subscription { ticks(count: \\\"x\\\", intervalMs: 1) }\"}", HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE" },
        { "{\"documentId\": \"sha256:0000\"}", HttpStatusCode.BadRequest, "PERSISTED_DOCUMENT_NOT_FOUND" },
        { "{\"operationName\": \"A\"}", HttpStatusCode.BadRequest, "MISSING_QUERY" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_or_invalid_operation_gets_the_status_and_code_of_graphql_over_http_before_any_stream(string body, HttpStatusCode status, string code)
    {
        using var http = apps.Http();
        var request = EventStreamClient.Prepared(new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        var response = await EventStreamClient.SendAsync(http, request);
        Assert.Equal(status, response.Status);
        Assert.Equal(GraphQLResponse.GraphQLJson, response.MediaType);
        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405_as_over_http()
    {
        using var http = apps.Http();
        var response = await EventStreamClient.SendAsync(http, EventStreamClient.Request("mutation { anything }", method: HttpMethod.Get));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Header("Allow"));
        Assert.Equal(["MUTATION_OVER_GET"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_subscription_over_plain_http_is_refused_with_a_code_that_says_it_needs_a_stream()
    {
        var response = await apps.App.QueryAsync("subscription { ticks(count: 1, intervalMs: 1) }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["STREAM_REQUIRED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Each_event_runs_as_the_caller_of_the_request_headers()
    {
        var key = await apps.PartnerKeyAsync();
        var channel = apps.Channels["sse caller"];
        using var http = apps.Http();
        using var stream = await EventStreamClient.OpenAsync(http, "subscription { pushed(channel: \"sse caller\") { viewer } }", key);
        await channel.WaitForSubscribersAsync(1);
        channel.Push(1);
        var next = await NextEventAsync(stream);
        Assert.Equal("next", next.Event);
        Assert.StartsWith($"{{\"data\":{{\"pushed\":{{\"viewer\":\"key:{ApiKeys.PrefixOf(key)} (", next.Data);
    }

    [Fact]
    public async Task A_bad_key_in_the_headers_gets_401_before_any_stream()
    {
        using var http = apps.Http();
        var response = await EventStreamClient.PostAsync(http, "subscription { ticks(count: 1, intervalMs: 1) }", "ng_not_a_key");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task An_idle_stream_gets_keep_alive_comments()
    {
        using var http = apps.Http();
        using var stream = await EventStreamClient.OpenAsync(http, "subscription { pushed(channel: \"idle\") { value } }");
        Assert.True((await stream.ReadAsync())!.IsComment);
    }

    [Fact]
    public async Task The_subscription_ends_when_the_client_disconnects()
    {
        var channel = apps.Channels["sse leaving"];
        using var http = apps.Http();
        var stream = await EventStreamClient.OpenAsync(http, "subscription { pushed(channel: \"sse leaving\") { value } }");
        await channel.WaitForSubscribersAsync(1);
        stream.Dispose();
        await channel.WaitForSubscribersAsync(0);
    }

    private static async Task<ServerSentEvent> NextEventAsync(OpenEventStream stream)
    {
        while (await stream.ReadAsync() is { } next)
            if (!next.IsComment) return next;
        throw new Xunit.Sdk.XunitException("The stream ended without an event.");
    }
}
