using System.Globalization;
using System.Text;

namespace Search.Core.Analysis;

/// <summary>
/// Turns text into terms: splits words in any script, lower-cases, folds diacritics, drops English possessives,
/// removes stop words (keeping their position) and stems. The same analyzer serves indexing, querying and highlighting.
/// </summary>
public sealed class Analyzer
{
    private readonly IStemmer stemmer;
    private readonly IReadOnlySet<string> stopWords;

    /// <summary>Creates an analyzer with the given stemmer and stop words.</summary>
    public Analyzer(IStemmer stemmer, IReadOnlySet<string> stopWords)
    {
        this.stemmer = stemmer;
        this.stopWords = stopWords;
    }

    /// <summary>The analyzer the product uses by default.</summary>
    public static Analyzer Default { get; } = new(EnglishStemmer.Instance, new HashSet<string>());

    /// <summary>Analyzes <paramref name="text"/> into tokens with offsets and positions.</summary>
    public IEnumerable<Token> Tokenize(string text)
    {
        var position = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            var end = i;
            // English possessive: "Kazakhstan's" -> "Kazakhstan"; the apostrophe ends the word otherwise.
            if (i + 1 < text.Length && IsApostrophe(text[i]) && (text[i + 1] is 's' or 'S')
                && (i + 2 >= text.Length || !IsWordChar(text, i + 2)))
            {
                i += 2;
            }

            var term = Normalize(text.AsSpan(start, end - start));
            if (term.Length > 0 && !stopWords.Contains(term))
            {
                yield return new Token(stemmer.Stem(term), start, i, position);
            }

            position++;
        }
    }

    /// <summary>Analyzes <paramref name="text"/> into its terms only.</summary>
    public IReadOnlyList<string> Terms(string text) => Tokenize(text).Select(t => t.Term).ToList();

    /// <summary>Lower-cases and folds one word without stemming (for prefix and fuzzy terms).</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        var lowered = word.ToString().ToLowerInvariant();
        var decomposed = lowered.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsWordChar(string text, int i)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
