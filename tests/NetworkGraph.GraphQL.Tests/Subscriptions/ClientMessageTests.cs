using System.Text;
using NetworkGraph.GraphQL.Subscriptions.WebSockets;

namespace NetworkGraph.GraphQL.Tests.Subscriptions;

public sealed class ClientMessageTests
{
    private static ClientMessage Parse(string text) => ClientMessage.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_subscribe_keeps_its_id_and_payload()
    {
        var message = Parse("{\"type\":\"subscribe\",\"id\":\"7\",\"payload\":{\"query\":\"{ a }\"}}");
        Assert.Equal(("subscribe", "7"), (message.Type, message.Id));
        Assert.Equal("{ a }", message.Payload!.Value.GetProperty("query").GetString());
    }

    [Theory]
    [InlineData("{\"type\":\"connection_init\"}")]
    [InlineData("{\"type\":\"connection_init\",\"payload\":null}")]
    [InlineData("{\"type\":\"ping\",\"payload\":{}}")]
    [InlineData("{\"type\":\"pong\",\"id\":\"ignored\"}")]
    [InlineData("{\"type\":\"complete\",\"id\":\"1\"}")]
    public void Messages_of_the_protocol_are_accepted(string text) => Assert.NotNull(Parse(text));

    [Theory]
    [InlineData("", "Invalid message: the message is not valid JSON.")]
    [InlineData("\"ping\"", "Invalid message: the message is not a JSON object.")]
    [InlineData("{\"type\":1}", "Invalid message: the message has no 'type' string.")]
    [InlineData("{\"type\":\"connection_ack\"}", "Invalid message: 'connection_ack' is sent by servers, not clients.")]
    [InlineData("{\"type\":\"error\",\"id\":\"1\",\"payload\":[]}", "Invalid message: 'error' is sent by servers, not clients.")]
    [InlineData("{\"type\":\"connection_init\",\"payload\":[1]}", "Invalid message: the payload of 'connection_init' must be an object.")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"\",\"payload\":{}}", "Invalid message: 'subscribe' needs an 'id' that is a non-empty string.")]
    [InlineData("{\"type\":\"subscribe\",\"id\":1,\"payload\":{}}", "Invalid message: 'subscribe' needs an 'id' that is a non-empty string.")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":null}", "Invalid message: 'subscribe' needs a 'payload' object.")]
    [InlineData("{\"type\":\"complete\",\"id\":null}", "Invalid message: 'complete' needs an 'id' that is a non-empty string.")]
    public void Anything_else_is_a_4400_that_says_why(string text, string reason)
    {
        var violation = Assert.Throws<ProtocolViolation>(() => Parse(text));
        Assert.Equal((CloseCodes.BadRequest, reason), (violation.CloseCode, violation.Message));
    }

    [Fact]
    public void A_close_reason_is_cut_to_123_bytes_at_a_character()
    {
        Assert.Equal("Short enough", CloseCodes.Fit("Short enough"));
        var cut = CloseCodes.Fit($"Subscriber for {new string('é', 100)} already exists");
        Assert.True(Encoding.UTF8.GetByteCount(cut) <= 123);
        Assert.EndsWith("é…", cut);
    }
}
