using Search.Core.Facets;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public class SearchParametersParserTests
{
    private static SearchParameters Parse(params (string Key, string Value)[] values) =>
        new SearchParametersParser(FacetsConfig.Default).Parse(
            values.GroupBy(v => v.Key).Select(g => new KeyValuePair<string, IReadOnlyList<string>>(g.Key, g.Select(v => v.Value).ToList())));

    [Fact]
    public void Parse_RepeatedFilters_AreKeptPerDimension()
    {
        var parameters = Parse(("outlet", "RT"), ("outlet", "EIR"), ("person", "Vladimir Putin"), ("not.topic", "Casualties"));

        Assert.Equal(["RT", "EIR"], parameters.Filters["outlet"]);
        Assert.Equal(["Vladimir Putin"], parameters.Filters["person"]);
        Assert.Equal(["Casualties"], parameters.Exclusions["topic"]);
    }

    [Fact]
    public void Parse_Defaults_AreFirstPageOfTenByRelevance()
    {
        var parameters = Parse();

        Assert.Equal((1, 10, SortOrder.Relevance), (parameters.Page, parameters.PageSize, parameters.Sort));
    }

    [Theory]
    [InlineData("pageSize", "0", "invalid-pagesize")]
    [InlineData("pageSize", "101", "invalid-pagesize")]
    [InlineData("page", "abc", "invalid-page")]
    [InlineData("page", "1001", "result-window-too-deep")]
    [InlineData("sort", "best", "invalid-sort")]
    [InlineData("from", "06/01/2022", "invalid-date")]
    [InlineData("to", "2022-02-30", "invalid-date")]
    public void Parse_OutOfRangeValues_AreErrorsNotIgnored(string name, string value, string code) =>
        Assert.Equal(code, Assert.Throws<SearchParameterException>(() => Parse((name, value))).Code);

    [Fact]
    public void Parse_FromAfterTo_IsAnError() =>
        Assert.Equal("invalid-date-range", Assert.Throws<SearchParameterException>(() => Parse(("from", "2022-02-01"), ("to", "2022-01-01"))).Code);
}
