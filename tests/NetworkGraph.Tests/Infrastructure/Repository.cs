namespace NetworkGraph.Tests.Infrastructure;

public static class Repository
{
    /// <summary>The checkout's root folder (the one holding NetworkGraph.sln).</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "NetworkGraph.sln"))) return folder.FullName;
        throw new InvalidOperationException("The tests run outside a NetworkGraph checkout.");
    }
}
