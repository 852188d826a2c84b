using GraphQL;

namespace NetworkGraph.GraphQL.Transport;

/// <summary>
/// Asked after an operation ran and before its response is written: the application may still replace the result,
/// e.g. with an error when something the response must not leave without (an audit record) cannot be written. It is
/// asked once for each result a client is sent: a query's or mutation's, and each event of a subscription, with the
/// services of the scope the result was made in.
/// </summary>
public interface IResponseGate
{
    Task<ExecutionResult> BeforeResponseAsync(IServiceProvider requestServices, ExecutionResult result, CancellationToken cancellationToken);
}
