namespace Search.Core.Highlighting;

/// <summary>Bounded Levenshtein distance.</summary>
public static class EditDistance
{
    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are within <paramref name="maxEdits"/> insertions, deletions or substitutions.</summary>
    public static bool Within(string a, string b, int maxEdits)
    {
        if (Math.Abs(a.Length - b.Length) > maxEdits)
        {
            return false;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > maxEdits)
            {
                return false;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= maxEdits;
    }
}
