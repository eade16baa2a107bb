using Search.Core.Analysis;
using Search.Core.Highlighting;
using Search.Core.Querying;

namespace Search.Core.Tests.Highlighting;

public class HighlighterTests
{
    private static readonly Highlighter Highlighter = new(Analyzer.Default);

    private static HighlightTerms Terms(string query) => HighlightTerms.From(QueryParser.Default.Parse(query), Analyzer.Default);

    [Fact]
    public void Snippets_MarkStemmedMatches()
    {
        var snippets = Highlighter.Snippets("Thousands protested in Almaty. Nothing else happened.", Terms("protest"));

        Assert.Equal(["Thousands <mark>protested</mark> in Almaty."], snippets);
    }

    [Fact]
    public void Snippets_PickTheSentencesWithMatches_InTextOrder()
    {
        var text = "First sentence about weather. The CSTO sent troops. Unrelated filler here. CSTO troops left later.";

        var snippets = Highlighter.Snippets(text, Terms("csto troops"), maxSnippets: 2);

        Assert.Equal(["The <mark>CSTO</mark> sent <mark>troops</mark>.", "<mark>CSTO troops</mark> left later."], snippets);
    }

    [Fact]
    public void Snippets_EscapeHtmlFromTheDocument()
    {
        var snippets = Highlighter.Snippets("<script>alert(1)</script> LPG & <img src=x onerror=alert(2)>", Terms("lpg"));

        var snippet = Assert.Single(snippets);
        Assert.DoesNotContain("<script", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>LPG</mark> &amp;", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippets_MarkPhrasesOnlyWhereTheWordsStandTogether()
    {
        var snippets = Highlighter.Snippets("Petroleum prices rose. Liquefied petroleum gas is cheap.", Terms("\"petroleum gas\""));

        Assert.Equal(["Liquefied <mark>petroleum gas</mark> is cheap."], snippets);
    }

    [Fact]
    public void Snippets_TrimLongSentencesAroundTheMatch()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 80)) + " Tokayev spoke " + string.Join(' ', Enumerable.Repeat("words", 80)) + ".";

        var snippet = Assert.Single(Highlighter.Snippets(text, Terms("tokayev"), fragmentLength: 120));

        Assert.Contains("<mark>Tokayev</mark>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("\u2026", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 200, snippet);
    }

    [Fact]
    public void Snippets_WithoutMatches_QuoteTheLead() =>
        Assert.Equal(["The lead."], Highlighter.Snippets("The lead. Second.", Terms("")));

    [Fact]
    public void Snippets_NegatedWordsAreNotMarked() =>
        Assert.Equal(["<mark>Putin</mark> and Tokayev."], Highlighter.Snippets("Putin and Tokayev.", Terms("putin -tokayev")));

    [Fact]
    public void HighlightAll_MarksPrefixAndFuzzyMatchesInTheWholeText() =>
        Assert.Equal(
            "<mark>Tokyaev</mark> met <mark>government</mark> ministers.\n\nThe <mark>governor</mark> left.",
            Highlighter.HighlightAll("Tokyaev met government ministers.\n\nThe governor left.", Terms("tokayev~ gover*")));
}
