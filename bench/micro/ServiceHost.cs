using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetworkGraph.Api.Hosting;

namespace NetworkGraph.Bench.Micro;

/// <summary>The service's own container, built as Program builds it but never started (no hosted services run).</summary>
public static class ServiceHost
{
    public static WebApplication Build(string connectionString = "Host=127.0.0.1;Database=networkgraph_bench_never_opened")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Configuration["Database:Provider"] = "PostgreSQL";
        builder.Configuration["ConnectionStrings:NetworkGraph"] = connectionString;
        builder.AddNetworkGraph();
        return builder.Build();
    }

    /// <summary>A benchmark document, copied next to the program from bench/.</summary>
    public static string Document(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "queries", name));
}
