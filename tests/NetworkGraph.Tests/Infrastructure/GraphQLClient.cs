using System.Net.Http.Headers;

namespace NetworkGraph.Tests.Infrastructure;

/// <summary>
/// A caller of the app over real HTTP: anonymous, or sending an API key as a bearer token. Get one from the app
/// (<see cref="NetworkGraphApp.AnonymousClient"/>, <see cref="NetworkGraphApp.KeyClientAsync"/>); every answer is a
/// <see cref="GraphQLResponse"/>.
/// <code>
/// var curator = await app.CuratorClientAsync();
/// var response = (await curator.QueryAsync("query ($slug: String!) { organisation(slug: $slug) { name } }", new { slug })).AssertNoErrors();
/// Assert.Equal("Open Rights Lab", response.Data&lt;string&gt;("organisation.name"));
/// </code>
/// </summary>
public sealed class GraphQLClient : IDisposable
{
    private readonly HttpClient http;

    public GraphQLClient(HttpClient http, string? apiKey = null)
    {
        this.http = http;
        if (apiKey is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    /// <summary>POSTs a query or mutation with its variables.</summary>
    public Task<GraphQLResponse> QueryAsync(string query, object? variables = null) =>
        SendAsync(new GraphQLRequest { Query = query, Variables = variables });

    /// <summary>POSTs <c>mutation ($input: InputType!) { mutation(input: $input) { selection } }</c> and returns its payload.</summary>
    public async Task<MutationPayload> MutateAsync(string mutation, string inputType, string selection, object input) =>
        (await QueryAsync($"mutation ($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} }} }}", new { input })).Payload(mutation);

    public Task<GraphQLResponse> SendAsync(GraphQLRequest request) => SendAsync(request.ToHttpRequest());

    /// <summary>GETs a page of the service other than an operation: a health check, the printed schema, a file of the IDE.</summary>
    public Task<GraphQLResponse> GetAsync(string path, params (string Name, string Value)[] headers) =>
        SendAsync(GraphQLRequest.WithHeaders(new HttpRequestMessage(HttpMethod.Get, path), headers));

    /// <summary>Sends a request built by hand, for the transport tests that need a body, a content type or a method no client would send.</summary>
    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await http.SendAsync(request))
            return await GraphQLResponse.ReadAsync(response);
    }

    public void Dispose() => http.Dispose();
}
