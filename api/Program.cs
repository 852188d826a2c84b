using NetworkGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddNetworkGraph();

var app = builder.Build();
app.UseNetworkGraph();

if (await Commands.RunAsync(app, args)) return;
await app.RunAsync();

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
