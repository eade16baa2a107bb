using System.Text.RegularExpressions;

namespace Search.Indexing.Cleaning;

/// <summary>
/// Removes site chrome and boilerplate from scraped text, line by line, using <see cref="CleaningRules"/>:
/// lines matching a drop pattern go, and a footer pattern removes the rest of the text.
/// </summary>
public sealed class TextCleaner
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);
    private readonly Regex[] drop;
    private readonly Regex[] cutFrom;

    /// <summary>Compiles the rules.</summary>
    public TextCleaner(CleaningRules rules)
    {
        drop = rules.DropLinePatterns.Select(Compile).ToArray();
        cutFrom = rules.CutFromPatterns.Select(Compile).ToArray();
    }

    /// <summary>Returns the non-boilerplate lines, trimmed, with blank lines kept as paragraph breaks (collapsed).</summary>
    public IReadOnlyList<string> CleanLines(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (cutFrom.Any(r => r.IsMatch(line)))
            {
                break;
            }

            if (drop.Any(r => r.IsMatch(line)))
            {
                continue;
            }

            if (line.Length == 0 && (lines.Count == 0 || lines[^1].Length == 0))
            {
                continue;
            }

            lines.Add(line);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return JoinBrokenParagraphs(lines);
    }

    /// <summary>
    /// Rejoins a sentence a scrape split across paragraphs ("nursery-school" / "teacher, told AFP"): a paragraph that
    /// does not end a sentence, followed by one that starts in lower case, is one paragraph.
    /// </summary>
    private static List<string> JoinBrokenParagraphs(List<string> lines)
    {
        var joined = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            var previous = joined.FindLastIndex(l => l.Length > 0);
            if (line.Length > 0 && char.IsLower(line[0]) && previous >= 0
                && !".!?:;\"\u201D\u2019)]…".Contains(joined[previous][^1], StringComparison.Ordinal))
            {
                joined[previous] += " " + line;
                joined.RemoveRange(previous + 1, joined.Count - previous - 1);
                continue;
            }

            joined.Add(line);
        }

        return joined;
    }

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexTimeout);
}
