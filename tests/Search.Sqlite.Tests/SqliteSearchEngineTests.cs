using Search.Core.Querying;
using Search.Core.Searching;
using static Search.Sqlite.Tests.ArticleBuilder;

namespace Search.Sqlite.Tests;

public sealed class SqliteSearchEngineTests : IDisposable
{
    private readonly TemporaryIndex index = new();

    public SqliteSearchEngineTests() => index.Engine.Upsert(
    [
        Article("rt1", "Protests over LPG prices spread across Kazakhstan.", outlet: "RT", date: "2022-01-05", persons: ["Kassym-Jomart Tokayev"], topics: ["LPG prices"]),
        Article("rt2", "CSTO troops arrived in Almaty to help restore order.", outlet: "RT", date: "2022-01-07", persons: ["Vladimir Putin"], topics: ["CSTO deployment"]),
        Article("mt1", "The CSTO said peacekeeping troops were sent; LPG cap scrapped.", outlet: "The Moscow Times", date: "2022-01-06", persons: ["Kassym-Jomart Tokayev", "Vladimir Putin"], topics: ["CSTO deployment", "LPG prices"]),
        Article("eu1", "An insider account of the unrest in Almaty.", outlet: "EURACTIV", topics: []),
    ]);

    public void Dispose() => index.Dispose();

    private SearchResults Search(string q, Func<SearchRequest, SearchRequest>? change = null)
    {
        var request = new SearchRequest { Query = QueryParser.Default.Parse(q) };
        return index.Engine.Search(change is null ? request : change(request));
    }

    private static string[] Ids(SearchResults results) => results.Hits.Select(h => h.Article.Id).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Search_EmptyQuery_MatchesEveryDocument() => Assert.Equal(4, Search("").Total);

    [Fact]
    public void Search_Term_MatchesStemmedForms() => Assert.Equal(["rt1"], Ids(Search("protest")));

    [Fact]
    public void Search_DefaultOperator_RequiresEveryWord() => Assert.Equal(["mt1"], Ids(Search("csto lpg")));

    [Fact]
    public void Search_Or_MatchesEither() => Assert.Equal(["mt1", "rt1", "rt2"], Ids(Search("lpg OR troops")));

    [Fact]
    public void Search_Negation_ExcludesDocuments() => Assert.Equal(["rt2"], Ids(Search("csto -lpg")));

    [Fact]
    public void Search_PureNegation_MatchesTheRest() => Assert.Equal(["eu1", "rt1"], Ids(Search("-csto")));

    [Fact]
    public void Search_Phrase_RequiresAdjacentWords()
    {
        Assert.Equal(["rt2"], Ids(Search("\"csto troops\"")));
        Assert.Equal(["mt1", "rt2"], Ids(Search("\"csto troops\"~3")));
    }

    [Fact]
    public void Search_PrefixAndFuzzy_Expand()
    {
        Assert.Equal(["mt1", "rt2"], Ids(Search("peace* OR restor*")));
        Assert.Equal(["eu1", "rt2"], Ids(Search("almati~1")));
    }

    [Fact]
    public void Search_FieldScope_SearchesMetadata() => Assert.Equal(["mt1", "rt2"], Ids(Search("person:putin")));

    [Fact]
    public void Search_DateRangeInQuery_FiltersByPublicationDate() =>
        Assert.Equal(["mt1", "rt2"], Ids(Search("date:[2022-01-06 TO 2022-01-31]")));

    [Fact]
    public void Search_FacetFilters_AreOrWithinAndAndAcross()
    {
        var results = Search("", r => r with
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["outlet"] = ["RT", "EURACTIV"], ["topic"] = ["CSTO deployment"] },
        });

        Assert.Equal(["rt2"], Ids(results));
    }

    [Fact]
    public void Search_FacetCounts_IgnoreTheirOwnDimensionsSelection()
    {
        var results = Search("", r => r with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["outlet"] = ["RT"] } });

        var outlets = results.Facets.Single(f => f.Dimension == "outlet").Values;
        var persons = results.Facets.Single(f => f.Dimension == "person").Values;
        Assert.Equal(2, results.Total);
        Assert.Equal(("RT", 2), (outlets[0].Value, outlets[0].Count));
        Assert.Equal(3, outlets.Count);
        Assert.Equal(2, persons.Count);
        Assert.All(persons, p => Assert.Equal(1, p.Count));
    }

    [Fact]
    public void Search_Exclusions_RemoveDocumentsCarryingTheValue()
    {
        var results = Search("", r => r with { Exclusions = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["Vladimir Putin"] } });

        Assert.Equal(["eu1", "rt1"], Ids(results));
    }

    [Fact]
    public void Search_DateFacet_CountsMonths() =>
        Assert.Equal(("2022-01", 3), Search("").Facets.Single(f => f.Dimension == "date").Values.Select(v => (v.Value, v.Count)).Single());

    [Fact]
    public void Search_SortNewest_PutsUndatedLast() =>
        Assert.Equal(["rt2", "mt1", "rt1", "eu1"], Search("", r => r with { Sort = SortOrder.Newest }).Hits.Select(h => h.Article.Id));

    [Fact]
    public void Search_Paging_IsStableAndComplete()
    {
        var pages = Enumerable.Range(0, 4)
            .SelectMany(p => Search("", r => r with { Sort = SortOrder.Relevance, Offset = p, Limit = 1 }).Hits)
            .Select(h => h.Article.Id)
            .ToList();

        Assert.Equal(4, pages.Distinct().Count());
    }

    [Fact]
    public void Upsert_SameId_ReplacesTheDocument()
    {
        index.Engine.Upsert([Article("rt1", "Rewritten body about uranium exports.", outlet: "RT")]);

        Assert.Equal(4, index.Engine.Count());
        Assert.Empty(Search("protest").Hits);
        Assert.Equal(["rt1"], Ids(Search("uranium")));
        Assert.DoesNotContain(Search("").Facets.Single(f => f.Dimension == "topic").Values, v => v.Value == "LPG prices" && v.Count == 2);
    }

    [Fact]
    public void Delete_RemovesDocumentAndItsFacets()
    {
        Assert.True(index.Engine.Delete("eu1"));

        Assert.Null(index.Engine.Find("eu1"));
        Assert.DoesNotContain(Search("").Facets.Single(f => f.Dimension == "outlet").Values, v => v.Value == "EURACTIV");
        Assert.False(index.Engine.Delete("eu1"));
    }

    [Fact]
    public void Find_RoundTripsEveryField()
    {
        var stored = index.Engine.Find("mt1");

        Assert.NotNull(stored);
        Assert.Equal("The Moscow Times", stored.Outlet);
        Assert.Equal(new DateOnly(2022, 1, 6), stored.Date);
        Assert.Equal(["Kassym-Jomart Tokayev", "Vladimir Putin"], stored.Persons);
        Assert.Equal("/corpus/mt1.txt", stored.Provenance?.SourcePath);
    }
}
