using NetworkGraph.Bench.Handwritten;
using Npgsql;

// A hand-written endpoint for the benchmark queries: no GraphQL engine, no EF Core. It reads the POSTed JSON,
// recognises the operation by its name, sends the SQL that NetworkGraph sends for it (sql/*.sql) with Npgsql,
// and writes the JSON NetworkGraph answers with. What NetworkGraph does beyond this is the price of its generality.
var builder = WebApplication.CreateSlimBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("NetworkGraph")
    ?? throw new InvalidOperationException("ConnectionStrings:NetworkGraph is required.");
builder.Services.AddSingleton(NpgsqlDataSource.Create(connectionString));
builder.Services.AddSingleton(Statements.Load(Path.Combine(AppContext.BaseDirectory, "sql")));
builder.Services.AddSingleton<Queries>();

var app = builder.Build();
app.MapGet("/health/ready", async (NpgsqlDataSource database) =>
{
    await using var command = database.CreateCommand("SELECT 1");
    await command.ExecuteScalarAsync();
    return Results.Text("Healthy");
});
app.MapPost("/graphql", (HttpContext http, Queries queries) => queries.HandleAsync(http));
app.Run();
