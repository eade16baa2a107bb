using System.IO.Compression;
using System.Text;
using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

public sealed class EnglishStemmerTests
{
    // The Snowball "english" sample vocabulary and its expected stems (voc.txt and output.txt from the Debian
    // package snowball-data), one "word<TAB>stem" per line.
    private static readonly string VocabularyPath =
        Path.Combine(AppContext.BaseDirectory, "Analysis", "Data", "snowball-english.tsv.gz");

    private readonly EnglishStemmer stemmer = EnglishStemmer.Instance;

    [Fact]
    public void Stem_MatchesSnowballVocabulary()
    {
        var pairs = ReadVocabulary();
        Assert.True(pairs.Count > 29_000, $"expected the full Snowball vocabulary, read {pairs.Count} words");

        var mismatches = new List<string>();
        foreach (var (word, expected) in pairs)
        {
            var actual = stemmer.Stem(word);
            if (actual != expected)
            {
                mismatches.Add($"{word} -> {actual} (expected {expected})");
            }
        }

        if (mismatches.Count > 0)
        {
            var message = new StringBuilder()
                .Append(mismatches.Count).Append(" of ").Append(pairs.Count).AppendLine(" words mismatched; first 20:")
                .AppendJoin(Environment.NewLine, mismatches.Take(20));
            Assert.Fail(message.ToString());
        }
    }

    [Theory]
    [InlineData("protest")]
    [InlineData("protests")]
    [InlineData("protesting")]
    [InlineData("protested")]
    public void Stem_MapsInflectionsToOneStem(string word)
    {
        Assert.Equal("protest", stemmer.Stem(word));
    }

    [Theory]
    [InlineData("skis", "ski")]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("lying", "lie")]
    [InlineData("tying", "tie")]
    [InlineData("idly", "idl")]
    [InlineData("gently", "gentl")]
    [InlineData("ugly", "ugli")]
    [InlineData("early", "earli")]
    [InlineData("only", "onli")]
    [InlineData("singly", "singl")]
    [InlineData("sky", "sky")]
    [InlineData("news", "news")]
    [InlineData("howe", "howe")]
    [InlineData("atlas", "atlas")]
    [InlineData("cosmos", "cosmos")]
    [InlineData("bias", "bias")]
    [InlineData("andes", "andes")]
    [InlineData("innings", "inning")]
    [InlineData("outing", "outing")]
    [InlineData("canning", "canning")]
    [InlineData("herrings", "herring")]
    [InlineData("earring", "earring")]
    [InlineData("proceed", "proceed")]
    [InlineData("exceeds", "exceed")]
    [InlineData("succeed", "succeed")]
    public void Stem_HandlesExceptionalForms(string word, string expected)
    {
        Assert.Equal(expected, stemmer.Stem(word));
    }

    [Theory]
    [InlineData("generously", "generous")]
    [InlineData("communities", "communiti")]
    [InlineData("arsenal", "arsenal")]
    [InlineData("generate", "generat")]
    public void Stem_UsesSpecialR1Prefixes(string word, string expected)
    {
        Assert.Equal(expected, stemmer.Stem(word));
    }

    [Theory]
    [InlineData("'protests", "protest")]
    [InlineData("government's", "govern")]
    [InlineData("voters'", "voter")]
    [InlineData("youth", "youth")]
    [InlineData("saying", "say")]
    [InlineData("cry", "cri")]
    [InlineData("by", "by")]
    public void Stem_HandlesApostrophesAndY(string word, string expected)
    {
        Assert.Equal(expected, stemmer.Stem(word));
    }

    [Theory]
    [InlineData("протесты")]
    [InlineData("казахстан")]
    [InlineData("демонстрациями")]
    [InlineData("protestами")]
    public void Stem_LeavesCyrillicWordsUnchanged(string word)
    {
        Assert.Same(word, stemmer.Stem(word));
    }

    [Theory]
    [InlineData("naïvely")]
    [InlineData("1990s")]
    [InlineData("covid19")]
    [InlineData("Protests")]
    [InlineData("rock\u2019n\u2019roll")]
    public void Stem_LeavesWordsWithOtherCharactersUnchanged(string word)
    {
        Assert.Same(word, stemmer.Stem(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("is")]
    [InlineData("'s")]
    public void Stem_LeavesShortWordsUnchanged(string word)
    {
        Assert.Same(word, stemmer.Stem(word));
    }

    [Theory]
    [InlineData("'''")]
    [InlineData("''s")]
    [InlineData("'s's")]
    public void Stem_DoesNotCrashOnApostropheOnlyRemainders(string word)
    {
        var stem = stemmer.Stem(word);
        Assert.NotNull(stem);
    }

    [Fact]
    public void Stem_ReturnsSameInstanceWhenWordIsAlreadyAStem()
    {
        const string word = "protest";
        Assert.Same(word, stemmer.Stem(word));
    }

    [Fact]
    public void Stem_HandlesWordsLongerThanTheStackBuffer()
    {
        var word = string.Concat(Enumerable.Repeat("nation", 30)) + "alizations";
        var stem = stemmer.Stem(word);
        Assert.StartsWith("nationnation", stem, StringComparison.Ordinal);
        Assert.True(stem.Length < word.Length);
    }

    private static List<(string Word, string Stem)> ReadVocabulary()
    {
        using var file = File.OpenRead(VocabularyPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var pairs = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            pairs.Add((line[..tab], line[(tab + 1)..]));
        }

        return pairs;
    }
}
