using Search.Core.Analysis;
using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

public class ArticleMatcherTests
{
    private static readonly Article Article = new()
    {
        Id = "a1",
        Title = "Troops arrive in Almaty",
        Body = "The price of liquefied petroleum gas doubled. Protesters were killed.",
        Persons = ["Kassym-Jomart Tokayev"],
        Date = new DateOnly(2022, 1, 6),
    };

    [Theory]
    [InlineData("\"petroleum gas\"", true)]
    [InlineData("\"gas petroleum\"", false)]
    [InlineData("\"price gas\"~3", true)]
    [InlineData("\"price gas\"~1", false)]
    [InlineData("troop AND kill", true)]
    [InlineData("troops -killed", false)]
    [InlineData("title:almaty", true)]
    [InlineData("title:petroleum", false)]
    [InlineData("person:tokayev", true)]
    [InlineData("protest*", true)]
    [InlineData("almity~1", true)]
    [InlineData("date:2022-01", true)]
    [InlineData("date:2021", false)]
    [InlineData("csto OR troops", true)]
    public void Matches_EvaluatesTheQueryAgainstTheArticle(string query, bool expected) =>
        Assert.Equal(expected, new ArticleMatcher(Analyzer.Default).Matches(QueryParser.Default.Parse(query), Article));
}
