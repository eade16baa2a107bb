using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

public class QueryParserTests
{
    private static readonly QueryParser Parser = QueryParser.Default;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_EmptyText_MatchesEverything(string? text) =>
        Assert.IsType<MatchAllQuery>(Parser.Parse(text));

    [Fact]
    public void Parse_WordsSideBySide_AreAllRequired()
    {
        var query = Assert.IsType<BooleanQuery>(Parser.Parse("csto troops"));

        Assert.All(query.Clauses, c => Assert.Equal(Occur.Must, c.Occur));
        Assert.Equal(["csto", "troops"], query.Clauses.Select(c => ((TermQuery)c.Query).Text));
    }

    [Fact]
    public void Parse_AndBindsTighterThanOr()
    {
        var query = Assert.IsType<BooleanQuery>(Parser.Parse("lpg OR fuel AND price"));

        Assert.All(query.Clauses, c => Assert.Equal(Occur.Should, c.Occur));
        Assert.IsType<TermQuery>(query.Clauses[0].Query);
        var and = Assert.IsType<BooleanQuery>(query.Clauses[1].Query);
        Assert.Equal(2, and.Clauses.Count);
    }

    [Theory]
    [InlineData("putin -tokayev")]
    [InlineData("putin NOT tokayev")]
    public void Parse_NegatedWord_IsMustNot(string text)
    {
        var query = Assert.IsType<BooleanQuery>(Parser.Parse(text));

        Assert.Equal(Occur.MustNot, query.Clauses[1].Occur);
        Assert.Equal("tokayev", ((TermQuery)query.Clauses[1].Query).Text);
    }

    [Fact]
    public void Parse_PhraseWithProximity_KeepsSlop()
    {
        var phrase = Assert.IsType<PhraseQuery>(Parser.Parse("\"csto troops\"~3"));

        Assert.Equal("csto troops", phrase.Text);
        Assert.Equal(3, phrase.Slop);
    }

    [Fact]
    public void Parse_FieldScopeOnGroup_AppliesToEveryWordInside()
    {
        var query = Assert.IsType<BooleanQuery>(Parser.Parse("title:(kazakhstan unrest)"));

        Assert.All(query.Clauses, c => Assert.Equal("title", ((TermQuery)c.Query).Field));
    }

    [Fact]
    public void Parse_PrefixAndFuzzy_AreRecognised()
    {
        var query = Assert.IsType<BooleanQuery>(Parser.Parse("gov* tokyaev~1 person:putin~"));

        Assert.Equal(new PrefixQuery(null, "gov"), query.Clauses[0].Query);
        Assert.Equal(new FuzzyQuery(null, "tokyaev", 1), query.Clauses[1].Query);
        Assert.Equal(new FuzzyQuery("person", "putin", 2), query.Clauses[2].Query);
    }

    [Theory]
    [InlineData("date:[2022-01-01 TO 2022-01-31]", "2022-01-01", "2022-01-31")]
    [InlineData("date:[2022-01 TO *]", "2022-01-01", null)]
    [InlineData("date:2022-02", "2022-02-01", "2022-02-28")]
    public void Parse_DateRange_CoversWholeDaysMonthsOrYears(string text, string? from, string? to)
    {
        var range = Assert.IsType<DateRangeQuery>(Parser.Parse(text));

        Assert.Equal(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), range.From);
        Assert.Equal(to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), range.To);
    }

    [Fact]
    public void Parse_UnknownFieldName_IsPartOfTheWord() =>
        Assert.Equal(new TermQuery(null, "http://rt.com"), Parser.Parse("http://rt.com"));

    [Theory]
    [InlineData("\"open", "unterminated-phrase", 0)]
    [InlineData("csto (troops", "unbalanced-parenthesis", 5)]
    [InlineData("(", "unbalanced-parenthesis", 0)]
    [InlineData("title:", "missing-field-value", 0)]
    [InlineData("NOT", "dangling-operator", 3)]
    [InlineData("putin AND", "dangling-operator", 9)]
    [InlineData("*", "bare-wildcard", 0)]
    [InlineData("csto)", "unexpected-parenthesis", 4)]
    [InlineData("()", "empty-group", 0)]
    [InlineData("date:[2022-13-01 TO *]", "invalid-date", 5)]
    [InlineData("lpg~7", "invalid-fuzzy", 4)]
    public void Parse_MalformedSyntax_FailsWithCodeAndPosition(string text, string code, int position)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => Parser.Parse(text));

        Assert.Equal(code, error.Code);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void Parse_TooManyClauses_IsRejected()
    {
        var text = string.Join(' ', Enumerable.Range(0, 65).Select(i => $"w{i}"));

        Assert.Equal("too-many-clauses", Assert.Throws<QuerySyntaxException>(() => Parser.Parse(text)).Code);
    }

    [Fact]
    public void Parse_TooLongText_IsRejected() =>
        Assert.Equal("query-too-long", Assert.Throws<QuerySyntaxException>(() => Parser.Parse(new string('a', 1001))).Code);

    [Fact]
    public void Parse_DeepNesting_IsRejected() =>
        Assert.Equal("too-deep", Assert.Throws<QuerySyntaxException>(() => Parser.Parse(new string('(', 17) + "a" + new string(')', 17))).Code);
}
