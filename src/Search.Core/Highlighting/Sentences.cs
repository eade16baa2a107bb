namespace Search.Core.Highlighting;

/// <summary>Splits plain text into sentence ranges: after . ! ? followed by a space and a capital or quote, and at line breaks.</summary>
internal static class Sentences
{
    public static List<Range> Split(string text)
    {
        var result = new List<Range>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = c == '\n'
                || (c is '.' or '!' or '?' && i + 2 < text.Length && char.IsWhiteSpace(text[i + 1])
                    && (char.IsUpper(text[i + 2]) || text[i + 2] is '"' or '\u201C' or '\''));
            if (!boundary)
            {
                continue;
            }

            var end = c == '\n' ? i : i + 1;
            if (end > start)
            {
                result.Add(new Range(start, TrimEnd(text, start, end)));
            }

            start = SkipSpace(text, i + 1);
            i = start - 1;
        }

        if (start < text.Length)
        {
            result.Add(new Range(start, TrimEnd(text, start, text.Length)));
        }

        return result.Where(r => r.End.Value > r.Start.Value).ToList();
    }

    public static bool StartsSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '.' or '!' or '?';
    }

    public static bool EndsSentence(string text, int index) =>
        index > 0 && text[index - 1] is '.' or '!' or '?' or '"' or '\u201D';

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
