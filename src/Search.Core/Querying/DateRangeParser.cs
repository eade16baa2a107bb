using System.Globalization;

namespace Search.Core.Querying;

/// <summary>Parses the value of date: — a range [FROM TO TO] with * for an open end, or a single yyyy, yyyy-MM or yyyy-MM-dd.</summary>
internal static class DateRangeParser
{
    public static DateRangeQuery Parse(QueryParser.State state)
    {
        var start = state.Position;
        if (state.Current != '[')
        {
            var single = state.ReadWord();
            var (first, last) = ParseBound(single, start);
            return new DateRangeQuery(first, last);
        }

        var close = state.Text.IndexOf(']', start);
        if (close < 0)
        {
            throw new QuerySyntaxException("unterminated-range", "This date range is never closed with ].", start);
        }

        var inside = state.Text[(start + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (inside.Length != 3 || inside[1] != "TO")
        {
            throw new QuerySyntaxException(
                "invalid-range", "Write a date range as date:[2022-01-01 TO 2022-01-31] (use * for an open end).", start);
        }

        state.Seek(close + 1);
        DateOnly? from = inside[0] == "*" ? null : ParseBound(inside[0], start).First;
        DateOnly? to = inside[2] == "*" ? null : ParseBound(inside[2], start).Last;
        if (from > to)
        {
            throw new QuerySyntaxException("invalid-range", "The range starts after it ends.", start);
        }

        return new DateRangeQuery(from, to);
    }

    /// <summary>The first and last day covered by yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    private static (DateOnly First, DateOnly Last) ParseBound(string text, int position)
    {
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day))
        {
            return (day, day);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM", culture, DateTimeStyles.None, out var month))
        {
            return (month, month.AddMonths(1).AddDays(-1));
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, culture, out var year) && year >= 1)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        throw new QuerySyntaxException(
            "invalid-date", $"'{text}' is not a date; write yyyy-MM-dd, yyyy-MM or yyyy.", position);
    }
}
