using NetworkGraph.GraphQL.Relay;
using NetworkGraph.Tests.Infrastructure;

namespace NetworkGraph.Tests.Network;

/// <summary>A field of <c>network</c> asked with a bad argument: one coded error, and no network.</summary>
public static class NetworkRefusals
{
    /// <summary>
    /// Asks <c>{ network { field } }</c> anonymously, each placeholder of <paramref name="ids"/> replaced by its ID and
    /// <c>{theme}</c> by a theme's (the ID of a record that is not in the network), quoted.
    /// </summary>
    public static async Task AssertRefusedAsync(NetworkGraphApp app, string field, string code, params (string Placeholder, string Id)[] ids)
    {
        var query = ids.Append((Placeholder: "{theme}", Id: GlobalId.Encode("Theme", "civic-space")))
            .Aggregate(field, (text, id) => text.Replace(id.Placeholder, $"\"{id.Id}\""));
        var response = await app.AnonymousClient().QueryAsync($"{{ network {{ {query} }} }}");
        Assert.Equal([code], response.ErrorCodes);
        Assert.Null(response.Data<object?>("network"));
    }
}
