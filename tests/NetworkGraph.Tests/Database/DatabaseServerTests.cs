using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using NetworkGraph.Data;
using NetworkGraph.Tests.Infrastructure;
using Npgsql;

namespace NetworkGraph.Tests.Database;

/// <summary>
/// The tests on PostgreSQL and SQL Server run where a server is named for them (see <see cref="TestDatabase"/>). Where
/// none is, the provider shows here once, skipped with how to name one, and its cases are not listed at all.
/// </summary>
public sealed class DatabaseServerTests
{
    /// <summary>The variable is a parameter so that the line of a skipped case names it even where the skip reason is not shown.</summary>
    [SkippableTheory]
    [InlineData(DatabaseProvider.PostgreSQL, TestDatabase.PostgresVariable)]
    [InlineData(DatabaseProvider.SqlServer, TestDatabase.SqlServerVariable)]
    public async Task The_server_a_variable_names_for_a_provider_accepts_connections(DatabaseProvider provider, string variable)
    {
        Assert.Contains(variable, TestDatabase.SkipReason(provider));
        var server = TestDatabase.ServerFor(provider);
        Skip.If(server is null, TestDatabase.SkipReason(provider));
        await using DbConnection connection = provider == DatabaseProvider.PostgreSQL ? new NpgsqlConnection(server) : new SqlConnection(server);
        await connection.OpenAsync();
        Assert.Equal(ConnectionState.Open, connection.State);
    }
}
