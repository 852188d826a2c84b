namespace NetworkGraph.GraphQL.Tests;

public sealed class NamingTests
{
    [Theory]
    [InlineData("AdvocacyGoal", "advocacyGoal")]
    [InlineData("X", "x")]
    [InlineData("already", "already")]
    [InlineData("", "")]
    public void LowerCamel_lowers_only_the_first_letter(string name, string expected) =>
        Assert.Equal(expected, Naming.LowerCamel(name));

    [Theory]
    [InlineData("organisation", "an organisation")]
    [InlineData("Event", "an Event")]
    [InlineData("Membership", "a Membership")]
    [InlineData("coalition", "a coalition")]
    public void WithArticle_chooses_the_article_by_the_first_letter(string noun, string expected) =>
        Assert.Equal(expected, Naming.WithArticle(noun));
}
