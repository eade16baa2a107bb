using System.Net;
using System.Text;
using Search.Core.Analysis;

namespace Search.Core.Highlighting;

/// <summary>
/// Marks query matches in text. Snippets are the best-scoring sentences, trimmed around their matches; all text is
/// HTML-encoded and the only markup is &lt;mark&gt; around matches.
/// </summary>
public sealed class Highlighter
{
    private const string Ellipsis = "\u2026";
    private readonly Analyzer analyzer;

    /// <summary>Creates a highlighter that analyzes text the way the index does.</summary>
    public Highlighter(Analyzer analyzer) => this.analyzer = analyzer;

    /// <summary>Returns up to <paramref name="maxSnippets"/> highlighted fragments, in text order.</summary>
    /// <param name="text">The plain text to quote from.</param>
    /// <param name="terms">What to mark.</param>
    /// <param name="maxSnippets">Most fragments to return.</param>
    /// <param name="fragmentLength">Approximate longest fragment, in characters.</param>
    public IReadOnlyList<string> Snippets(string text, HighlightTerms terms, int maxSnippets = 3, int fragmentLength = 220)
    {
        if (string.IsNullOrWhiteSpace(text) || maxSnippets <= 0)
        {
            return [];
        }

        var marks = FindMarks(text, terms);
        var sentences = Sentences.Split(text);
        var chosen = sentences
            .Select((s, index) => (Sentence: s, Index: index, Score: Score(s, marks)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Index)
            .Take(maxSnippets)
            .OrderBy(s => s.Index)
            .Select(s => s.Sentence)
            .ToList();

        if (chosen.Count == 0)
        {
            // Nothing to mark (empty query, or matches only in metadata): quote the lead.
            chosen = sentences.Take(1).ToList();
        }

        return chosen.Select(s => Render(text, Trim(text, s, marks, fragmentLength), marks)).ToList();
    }

    /// <summary>Returns the whole text HTML-encoded with every match marked.</summary>
    public string HighlightAll(string text, HighlightTerms terms) =>
        Render(text, new Range(0, text.Length), FindMarks(text, terms), fragment: false);

    /// <summary>The character ranges to mark, in order, adjacent matches merged.</summary>
    private List<Range> FindMarks(string text, HighlightTerms terms)
    {
        if (terms.IsEmpty)
        {
            return [];
        }

        var tokens = analyzer.Tokenize(text).ToList();
        var marked = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            marked[i] = terms.MatchesTerm(tokens[i].Term);
        }

        foreach (var phrase in terms.Phrases)
        {
            for (var i = 0; i + phrase.Count <= tokens.Count; i++)
            {
                if (IsPhraseAt(tokens, i, phrase))
                {
                    Array.Fill(marked, true, i, phrase.Count);
                }
            }
        }

        var marks = new List<Range>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!marked[i])
            {
                continue;
            }

            var (start, end) = (tokens[i].StartOffset, tokens[i].EndOffset);
            if (marks.Count > 0 && i > 0 && marked[i - 1] && IsBlank(text, marks[^1].End.Value, start))
            {
                start = marks[^1].Start.Value;
                marks.RemoveAt(marks.Count - 1);
            }

            marks.Add(new Range(start, end));
        }

        return marks;
    }

    private static bool IsPhraseAt(List<Token> tokens, int i, IReadOnlyList<string> phrase)
    {
        for (var k = 0; k < phrase.Count; k++)
        {
            var token = tokens[i + k];
            if (token.Term != phrase[k] || (k > 0 && token.Position != tokens[i].Position + k))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBlank(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Score(Range sentence, List<Range> marks)
    {
        var inside = marks.Where(m => m.Start.Value >= sentence.Start.Value && m.End.Value <= sentence.End.Value).ToList();
        return inside.Count == 0 ? 0 : (10 * inside.Count) + Math.Min(inside.Sum(m => m.End.Value - m.Start.Value), 50);
    }

    /// <summary>Cuts a long sentence to a window around its first match, on word boundaries.</summary>
    private static Range Trim(string text, Range sentence, List<Range> marks, int length)
    {
        var (start, end) = (sentence.Start.Value, sentence.End.Value);
        if (end - start <= length)
        {
            return sentence;
        }

        var first = marks.FirstOrDefault(m => m.Start.Value >= start && m.End.Value <= end);
        var anchor = first.Equals(default(Range)) ? start : first.Start.Value;
        var from = Math.Max(start, anchor - (length / 3));
        while (from > start && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        var to = Math.Min(end, from + length);
        while (to < end && !char.IsWhiteSpace(text[to]))
        {
            to++;
        }

        return new Range(from, to);
    }

    private static string Render(string text, Range range, List<Range> marks, bool fragment = true)
    {
        var (start, end) = (range.Start.Value, range.End.Value);
        var builder = new StringBuilder();
        if (fragment && start > 0 && !Sentences.StartsSentence(text, start))
        {
            builder.Append(Ellipsis).Append(' ');
        }

        var cursor = start;
        foreach (var mark in marks)
        {
            if (mark.End.Value <= start || mark.Start.Value >= end)
            {
                continue;
            }

            var markStart = Math.Max(mark.Start.Value, start);
            var markEnd = Math.Min(mark.End.Value, end);
            builder.Append(Encode(text, cursor, markStart, fragment));
            builder.Append("<mark>").Append(Encode(text, markStart, markEnd, fragment)).Append("</mark>");
            cursor = markEnd;
        }

        builder.Append(Encode(text, cursor, end, fragment));
        if (fragment && end < text.Length && !Sentences.EndsSentence(text, end))
        {
            builder.Append(' ').Append(Ellipsis);
        }

        return fragment ? builder.ToString().Trim() : builder.ToString();
    }

    /// <summary>HTML-encodes a slice; fragments fold line breaks into spaces, the full text keeps them.</summary>
    private static string Encode(string text, int from, int to, bool fragment) =>
        WebUtility.HtmlEncode(fragment ? text[from..to].ReplaceLineEndings(" ") : text[from..to]);

}
