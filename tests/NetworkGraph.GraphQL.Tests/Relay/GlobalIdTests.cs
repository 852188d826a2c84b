using System.Text;
using NetworkGraph.GraphQL.Relay;

namespace NetworkGraph.GraphQL.Tests.Relay;

public sealed class GlobalIdTests
{
    private static readonly Guid Key = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void An_id_is_the_base64_of_its_type_and_key()
    {
        Assert.Equal("T3JnYW5pc2F0aW9uOmFiYw==", GlobalId.Encode("Organisation", "abc"));
        Assert.Equal(("Organisation", "abc"), GlobalId.Decode("T3JnYW5pc2F0aW9uOmFiYw=="));
    }

    [Fact]
    public void A_key_may_contain_colons()
    {
        Assert.Equal(("Country", "a:b"), GlobalId.Decode(GlobalId.Encode("Country", "a:b")));
    }

    [Fact]
    public void A_guid_key_round_trips_with_or_without_a_type_check()
    {
        var id = GlobalId.Encode("Organisation", Key.ToString("N"));
        Assert.Equal(Key, GlobalId.DecodeGuid(id, "Organisation"));
        Assert.Equal(Key, GlobalId.DecodeGuid(id, expectedType: null));
        Assert.True(GlobalId.TryDecodeGuid(id, "Organisation", out var guid));
        Assert.Equal(Key, guid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("bm9jb2xvbg==")] // "nocolon"
    [InlineData("OmtleQ==")] // ":key"
    [InlineData("VHlwZTo=")] // "Type:"
    public void A_malformed_id_is_invalid(string id)
    {
        Expect.Coded("INVALID_ID", $"The ID '{id}' is not a valid NetworkGraph ID.", () => GlobalId.Decode(id));
        Assert.False(GlobalId.TryDecodeGuid(id, "Organisation", out var guid));
        Assert.Equal(Guid.Empty, guid);
    }

    [Fact]
    public void An_id_of_another_type_is_invalid()
    {
        var id = GlobalId.Encode("Country", Key.ToString("N"));
        Expect.Coded("INVALID_ID", $"The ID '{id}' is not an Organisation ID.", () => GlobalId.DecodeGuid(id, "Organisation"));
        Assert.False(GlobalId.TryDecodeGuid(id, "Organisation", out _));
        Expect.Coded("INVALID_ID", $"The ID '{id}' is not a Membership ID.", () => GlobalId.DecodeGuid(id, "Membership"));
    }

    [Fact]
    public void An_id_whose_key_is_not_a_guid_is_invalid()
    {
        var id = GlobalId.Encode("Organisation", "civic-voice");
        Expect.Coded("INVALID_ID", $"The ID '{id}' is not a valid NetworkGraph ID.", () => GlobalId.DecodeGuid(id, "Organisation"));
        Assert.False(GlobalId.TryDecodeGuid(id, "Organisation", out _));
    }

    [Fact]
    public void An_id_over_200_characters_is_invalid_and_quoted_only_in_part()
    {
        var id = Base64("Organisation:" + new string('k', 140));
        Assert.Equal(204, id.Length);
        Expect.Coded("INVALID_ID", $"The ID '{id[..60]}…' is not a valid NetworkGraph ID.", () => GlobalId.Decode(id));
        Assert.False(GlobalId.TryDecodeGuid(id, "Organisation", out _));
    }

    [Fact]
    public void No_id_is_not_decoded()
    {
        Assert.False(GlobalId.TryDecodeGuid(null, "Organisation", out var guid));
        Assert.Equal(Guid.Empty, guid);
    }
}
