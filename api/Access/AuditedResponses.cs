using NetworkGraph.Api.Health;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.Api.Access;

/// <summary>
/// No response leaves with a restricted field that is not in the audit log: the reads a request made are written
/// first, and when they cannot be, the response is a 503 without data.
/// </summary>
public sealed class AuditedResponses : IResponseGate
{
    public async Task<ExecutionResult> BeforeResponseAsync(IServiceProvider requestServices, ExecutionResult result, CancellationToken cancellationToken)
    {
        try
        {
            await requestServices.GetRequiredService<RestrictedReads>().WriteAsync(cancellationToken);
            return result;
        }
        catch (Exception exception) when (DatabaseOutages.Is(exception))
        {
            return new ExecutionResult(new ExecutionError(IDatabaseOutages.Message) { Code = ErrorCodes.DatabaseUnavailable }) { Executed = true };
        }
    }
}
