namespace NetworkGraph.GraphQL.Tests;

public static class Expect
{
    /// <summary>Runs <paramref name="action"/> and checks that it fails with exactly this coded error.</summary>
    public static void Coded(string code, string message, Action action)
    {
        var error = Assert.Throws<CodedError>(action);
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
    }
}
