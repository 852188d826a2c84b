namespace NetworkGraph.GraphQL;

/// <summary>
/// What the toolkit asks the application about the caller of a request: only whether it is anonymous (sent no
/// credentials), which decides whether it must send trusted documents and whether it may see the schema.
/// </summary>
public interface IRequestCaller
{
    bool IsAnonymous(IServiceProvider requestServices);
}
