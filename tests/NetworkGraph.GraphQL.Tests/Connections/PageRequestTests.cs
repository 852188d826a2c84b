using GraphQL;
using GraphQL.Execution;
using NetworkGraph.GraphQL.Connections;

namespace NetworkGraph.GraphQL.Tests.Connections;

public sealed class PageRequestTests
{
    private static readonly GraphQLOptions Options = new() { DefaultPageSize = 20, MaxPageSize = 100 };

    /// <summary>The paging arguments of a field as GraphQL.NET hands them to its resolver.</summary>
    private static PageRequest From(params (string Name, object Value)[] arguments) =>
        PageRequest.From(new ResolveFieldContext
        {
            Arguments = arguments.ToDictionary(argument => argument.Name, argument => new ArgumentValue(argument.Value, ArgumentSource.Literal)),
        }, Options);

    [Fact]
    public void No_arguments_ask_for_the_default_page_from_the_start()
    {
        Assert.Equal(new PageRequest(20, null, null, Backward: false), From());
    }

    [Fact]
    public void First_and_after_page_forward()
    {
        Assert.Equal(new PageRequest(5, "c1", null, Backward: false), From(("first", 5), ("after", "c1")));
    }

    [Fact]
    public void Last_and_before_page_backward()
    {
        Assert.Equal(new PageRequest(100, null, "c9", Backward: true), From(("last", 100), ("before", "c9")));
    }

    [Fact]
    public void A_page_of_zero_is_allowed()
    {
        Assert.Equal(0, From(("first", 0)).Size);
    }

    [Fact]
    public void First_and_last_together_are_refused()
    {
        Expect.Coded("INVALID_ARGUMENT", "Give 'first' or 'last', not both.", () => From(("first", 5), ("last", 5)));
    }

    [Theory]
    [InlineData("first", 101)]
    [InlineData("first", -1)]
    [InlineData("last", 101)]
    [InlineData("last", -1)]
    public void A_size_outside_the_limits_is_refused(string argument, int size)
    {
        Expect.Coded("INVALID_ARGUMENT", $"'{argument}' must be between 0 and 100.", () => From((argument, size)));
    }
}
