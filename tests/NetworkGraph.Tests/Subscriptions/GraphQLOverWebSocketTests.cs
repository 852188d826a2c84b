using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NetworkGraph.Api.Access.Keys;
using NetworkGraph.Tests.Access;

namespace NetworkGraph.Tests.Subscriptions;

/// <summary>The graphql-transport-ws protocol at /graphql, message by message and close code by close code.</summary>
public sealed class GraphQLOverWebSocketTests(SubscriptionApps apps) : IClassFixture<SubscriptionApps>
{
    private const string Countries = "{ countries(region: \"Europe\") { code } }";

    private async Task<ProtocolSocket> ConnectedAsync(object? payload = null)
    {
        var socket = await apps.ConnectAsync();
        await socket.InitAsync(payload);
        return socket;
    }

    private static string Code(JsonNode? error) => error!["extensions"]!["code"]!.GetValue<string>();

    [Theory]
    [InlineData("graphql-ws")]
    [InlineData(null)]
    public async Task A_subprotocol_other_than_graphql_transport_ws_or_none_is_closed_with_4406(string? subprotocol)
    {
        await using var socket = await apps.ConnectAsync(subprotocol);
        Assert.Equal((4406, "Subprotocol not acceptable"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task The_server_speaks_graphql_transport_ws_and_acknowledges_a_connection_without_payload()
    {
        await using var socket = await apps.ConnectAsync();
        Assert.Equal("graphql-transport-ws", socket.AcceptedSubprotocol);
        await socket.InitAsync();
    }

    [Theory]
    [InlineData("not json", "Invalid message: the message is not valid JSON.")]
    [InlineData("[1, 2]", "Invalid message: the message is not a JSON object.")]
    [InlineData("{\"id\": \"1\"}", "Invalid message: the message has no 'type' string.")]
    [InlineData("{\"type\": \"start\"}", "Invalid message: the type 'start' is not one of the protocol.")]
    [InlineData("{\"type\": \"next\", \"id\": \"1\", \"payload\": {}}", "Invalid message: 'next' is sent by servers, not clients.")]
    [InlineData("{\"type\": \"ping\", \"payload\": 42}", "Invalid message: the payload of 'ping' must be an object.")]
    [InlineData("{\"type\": \"subscribe\", \"payload\": {\"query\": \"{ __typename }\"}}", "Invalid message: 'subscribe' needs an 'id' that is a non-empty string.")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"1\"}", "Invalid message: 'subscribe' needs a 'payload' object.")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"1\", \"payload\": {\"query\": 42}}", "Invalid message: 'query' must be a string.")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"1\", \"payload\": {\"query\": \"{ __typename }\", \"variables\": [1]}}", "Invalid message: 'variables' must be a JSON object.")]
    [InlineData("{\"type\": \"complete\"}", "Invalid message: 'complete' needs an 'id' that is a non-empty string.")]
    public async Task A_message_that_is_not_valid_json_or_not_a_protocol_message_closes_with_4400_and_says_why(string message, string reason)
    {
        await using var socket = await ConnectedAsync();
        await socket.SendTextAsync(message);
        Assert.Equal((4400, reason), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_subscribe_before_the_acknowledgement_closes_with_4401()
    {
        await using var socket = await apps.ConnectAsync();
        await socket.SubscribeAsync("1", Countries);
        Assert.Equal((4401, "Unauthorized"), await socket.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("authorization", "Bearer ng_aaaaaaaaaaaa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Forbidden: The API key is not valid: it is unknown, revoked or expired.")]
    [InlineData("x-api-key", "ng_not_a_key", "Forbidden: The API key is not valid: it is unknown, revoked or expired.")]
    [InlineData("authorization", "Basic dXNlcjpwYXNz", "Forbidden: Send an API key as 'Authorization: Bearer ng_…' or 'X-Api-Key: ng_…'; no other scheme is accepted.")]
    [InlineData("authorization", "Bearer not.a.token", "Forbidden: The bearer token is not valid: it is expired, badly signed, not for this service, or names no role.")]
    public async Task Credentials_refused_at_init_close_with_4403(string name, string value, string reason)
    {
        await using var socket = await apps.ConnectAsync();
        await socket.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { [name] = value } });
        Assert.Equal((4403, reason), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Credentials_in_both_the_upgrade_headers_and_the_payload_close_with_4403()
    {
        var key = await apps.PartnerKeyAsync();
        await using var socket = await apps.ConnectAsync(ProtocolSocket.Subprotocol, ("X-Api-Key", key));
        await socket.SendAsync(new { type = "connection_init", payload = new { authorization = $"Bearer {key}" } });
        Assert.Equal((4403, "Forbidden: Send credentials in the upgrade request's headers or in connection_init, not both."), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var socket = await ConnectedAsync();
        await socket.SendAsync(new { type = "connection_init" });
        Assert.Equal((4429, "Too many initialisation requests"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_subscribe_whose_id_is_running_closes_with_4409()
    {
        await using var socket = await ConnectedAsync();
        await socket.SubscribeAsync("same", "subscription { pushed(channel: \"duplicate\") { value } }");
        await apps.Channels["duplicate"].WaitForSubscribersAsync(1);
        await socket.SubscribeAsync("same", Countries);
        Assert.Equal((4409, "Subscriber for same already exists"), await socket.ReceiveCloseAsync());
        await apps.Channels["duplicate"].WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task A_partner_key_in_the_payload_makes_the_connection_the_partners()
    {
        var key = await apps.PartnerKeyAsync();
        await using var socket = await ConnectedAsync(new { authorization = $"Bearer {key}" });
        await socket.SubscribeAsync("who", "{ testViewer }");
        var next = Assert.Single(await socket.ReceiveUntilCompleteAsync("who"));
        var viewer = JsonSerializer.Deserialize<Viewer>(next["payload"]!["data"]!["testViewer"]!.GetValue<string>(), JsonSerializerOptions.Web)!;
        Assert.Equal("Partner", viewer.Role);
        Assert.Equal("Partner", viewer.RoleClaim);
        Assert.NotNull(viewer.OrganisationId);
    }

    [Fact]
    public async Task An_x_api_key_in_the_payload_is_accepted_as_well()
    {
        var key = await apps.PartnerKeyAsync();
        await using var socket = await ConnectedAsync(new Dictionary<string, string> { ["X-Api-Key"] = key });
        await socket.SubscribeAsync("who", "{ testViewer }");
        var next = Assert.Single(await socket.ReceiveUntilCompleteAsync("who"));
        Assert.Contains("\"role\":\"Partner\"", next["payload"]!["data"]!["testViewer"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bearer_jwt_in_the_payload_makes_the_caller_the_tokens()
    {
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = JwtBearerTests.Issuer, Audience = "networkgraph", Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["sub"] = "jane@example.org", ["role"] = "curator" },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(JwtBearerTests.Secret)), SecurityAlgorithms.HmacSha256),
        });
        await using var socket = await ConnectedAsync(new { authorization = $"Bearer {token}" });
        await socket.SubscribeAsync("who", "{ testViewer }");
        var next = Assert.Single(await socket.ReceiveUntilCompleteAsync("who"));
        var viewer = JsonSerializer.Deserialize<Viewer>(next["payload"]!["data"]!["testViewer"]!.GetValue<string>(), JsonSerializerOptions.Web)!;
        Assert.Equal(("Curator", "jwt:jane@example.org"), (viewer.Role, viewer.Actor));
    }

    [Fact]
    public async Task A_ping_is_answered_with_a_pong_that_echoes_its_payload_and_a_pong_is_not_answered()
    {
        await using var socket = await apps.ConnectAsync();
        await socket.SendAsync(new { type = "pong", payload = new { beat = 1 } });
        await socket.SendAsync(new { type = "ping", payload = new { beat = 2 } });
        var pong = await socket.ReceiveAsync();
        Assert.Equal("{\"type\":\"pong\",\"payload\":{\"beat\":2}}", pong.ToJsonString());
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("{\"type\":\"pong\"}", (await socket.ReceiveAsync()).ToJsonString());
    }

    [Fact]
    public async Task A_subscription_streams_next_messages_then_complete()
    {
        await using var socket = await ConnectedAsync();
        await socket.SubscribeAsync("ticks", "subscription ($count: Int!) { ticks(count: $count, intervalMs: 10) }", new { count = 3 });
        var messages = await socket.ReceiveUntilCompleteAsync("ticks");
        Assert.Equal([0, 1, 2], messages.Select(m => m["payload"]!["data"]!["ticks"]!.GetValue<int>()));
        Assert.All(messages, m => Assert.Null(m["payload"]!["errors"]));
    }

    [Fact]
    public async Task Each_event_runs_in_a_scope_of_its_own_as_the_connections_caller()
    {
        var key = await apps.PartnerKeyAsync();
        await using var socket = await ConnectedAsync(new { authorization = $"Bearer {key}" });
        var channel = apps.Channels["scopes"];
        await socket.SubscribeAsync("s", "subscription { pushed(channel: \"scopes\") { value viewer scope } }");
        await channel.WaitForSubscribersAsync(1);
        channel.Push(1);
        channel.Push(2);
        var events = new[] { await socket.ReceiveAsync(), await socket.ReceiveAsync() }.Select(m => m["payload"]!["data"]!["pushed"]!).ToList();
        Assert.Equal([1, 2], events.Select(e => e["value"]!.GetValue<int>()));
        Assert.All(events, e => Assert.StartsWith($"key:{ApiKeys.PrefixOf(key)} (", e["viewer"]!.GetValue<string>()));
        Assert.NotEqual(events[0]["scope"]!.GetValue<string>(), events[1]["scope"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_complete_from_the_client_stops_the_stream()
    {
        await using var socket = await ConnectedAsync();
        var channel = apps.Channels["stopped"];
        await socket.SubscribeAsync("s", "subscription { pushed(channel: \"stopped\") { value } }");
        await channel.WaitForSubscribersAsync(1);
        channel.Push(1);
        Assert.Equal(1, (await socket.ReceiveAsync())["payload"]!["data"]!["pushed"]!["value"]!.GetValue<int>());

        await socket.SendAsync(new { type = "complete", id = "s" });
        await channel.WaitForSubscribersAsync(0);
        channel.Push(2);
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", ProtocolSocket.Type(await socket.ReceiveAsync()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_subscription_ends_when_the_socket_closes_or_the_client_vanishes(bool vanishes)
    {
        var channel = apps.Channels[$"closing {vanishes}"];
        var socket = await ConnectedAsync();
        await socket.SubscribeAsync("a", $"subscription {{ pushed(channel: \"closing {vanishes}\") {{ value }} }}");
        await socket.SubscribeAsync("b", $"subscription {{ pushed(channel: \"closing {vanishes}\") {{ value }} }}");
        await channel.WaitForSubscribersAsync(2);
        if (vanishes) socket.Abort();
        await socket.DisposeAsync();
        await channel.WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task A_query_answers_one_next_and_complete()
    {
        await using var socket = await ConnectedAsync();
        await socket.SubscribeAsync("q", Countries);
        var next = Assert.Single(await socket.ReceiveUntilCompleteAsync("q"));
        Assert.Contains("UA", next["payload"]!["data"]!["countries"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("{ nope }", null, "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("{ themes { code ", null, "SYNTAX_ERROR")]
    [InlineData("query ($code: String!) { country(code: $code) { name } }", "{\"code\": 42}", "INVALID_VALUE")]
    [InlineData("subscription { ticks(count: 1) }", null, "PROVIDED_NON_NULL_ARGUMENTS")]
    [InlineData("{ organisations(first: 50) { nodes { coalitions(first: 50) { nodes { members(first: 50) { nodes { name } } } } } } }", null, "MAX_COST_EXCEEDED")]
    public async Task An_operation_that_cannot_run_answers_one_error_message_with_its_codes(string query, string? variables, string code)
    {
        await using var socket = await ConnectedAsync();
        await socket.SendTextAsync($"{{\"type\":\"subscribe\",\"id\":\"bad\",\"payload\":{{\"query\":{JsonSerializer.Serialize(query)},\"variables\":{variables ?? "null"}}}}}");
        var error = await socket.ReceiveAsync();
        Assert.Equal(("error", "bad"), (ProtocolSocket.Type(error), error["id"]!.GetValue<string>()));
        Assert.Equal(code, Code(error["payload"]!.AsArray()[0]));
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", ProtocolSocket.Type(await socket.ReceiveAsync()));
    }

    [Theory]
    [InlineData("{\"documentId\": \"sha256:0000\"}", "PERSISTED_DOCUMENT_NOT_FOUND")]
    [InlineData("{\"operationName\": \"A\"}", "MISSING_QUERY")]
    public async Task A_request_the_transport_refuses_answers_one_error_message_with_its_code(string payload, string code)
    {
        await using var socket = await ConnectedAsync();
        await socket.SendTextAsync($"{{\"type\":\"subscribe\",\"id\":\"refused\",\"payload\":{payload}}}");
        var error = await socket.ReceiveAsync();
        Assert.Equal("error", ProtocolSocket.Type(error));
        Assert.Equal([code], error["payload"]!.AsArray().Select(Code));
    }
}
