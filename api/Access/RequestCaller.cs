namespace NetworkGraph.Api.Access;

/// <summary>Tells the GraphQL toolkit whether a request comes from an anonymous caller, as authentication found it.</summary>
public sealed class RequestCaller : IRequestCaller
{
    public bool IsAnonymous(IServiceProvider requestServices) =>
        requestServices.GetRequiredService<CurrentViewer>().Viewer.IsAnonymous;
}
