using GraphQL;

namespace NetworkGraph.GraphQL.Transport;

/// <summary>
/// Asked after an operation ran and before its response is written: the application may still replace the result,
/// e.g. with an error when something the response must not leave without (an audit record) cannot be written.
/// </summary>
public interface IResponseGate
{
    Task<ExecutionResult> BeforeResponseAsync(HttpContext http, ExecutionResult result);
}
