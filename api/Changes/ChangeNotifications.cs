using Microsoft.Extensions.Options;
using Npgsql;
using NetworkGraph.Data.Changes;

namespace NetworkGraph.Api.Changes;

/// <summary>
/// On PostgreSQL, listens on the change log's channel (<see cref="ChangeLog.Channel"/>) and wakes the log's followers
/// as soon as any instance commits, instead of at its next poll. Polling goes on beside it: what is committed while the
/// connection is down is read at the next poll, and the followers are woken once more when listening starts again.
/// </summary>
public sealed class ChangeNotifications(IDbContextFactory<NetworkGraphDbContext> contexts, ChangeSignal signal, IOptions<ChangeOptions> options,
    ILogger<ChangeNotifications> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? connectionString;
        await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
            connectionString = db.Database.IsNpgsql() && options.Value.Listen ? db.Database.GetConnectionString() : null;
        if (connectionString is null) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Not listening for the change log's notifications; polling meanwhile, and listening again shortly.");
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, _) => signal.Wake();
        await using (var listen = new NpgsqlCommand($"LISTEN {ChangeLog.Channel}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);
        signal.Wake();
        while (true) await connection.WaitAsync(stoppingToken);
    }
}
