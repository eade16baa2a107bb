using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Indexing.Extraction;

/// <summary>
/// Finds dates written the ways news sites write them: "12 Jan, 2022 09:35", "January 06, 2022", "Jan. 6, 2022",
/// "11 January 2022", "2022-01-06" (ISO, with or without time).
/// </summary>
public static partial class DateParser
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["mär"] = 3, ["apr"] = 4, ["may"] = 5, ["mai"] = 5, ["jun"] = 6,
        ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["okt"] = 10, ["nov"] = 11, ["dec"] = 12, ["dez"] = 12,
    };

    /// <summary>Every date in <paramref name="text"/>, with where it starts and ends.</summary>
    public static IEnumerable<FoundDate> FindAll(string text)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            DateOnly? date = null;
            if (m.Groups["iy"].Success)
            {
                date = Make(m.Groups["iy"].Value, m.Groups["im"].Value, m.Groups["id"].Value);
            }
            else if (m.Groups["dmy_d"].Success)
            {
                date = Make(m.Groups["dmy_y"].Value, MonthText(m.Groups["dmy_m"].Value), m.Groups["dmy_d"].Value);
            }
            else if (m.Groups["mdy_d"].Success)
            {
                date = Make(m.Groups["mdy_y"].Value, MonthText(m.Groups["mdy_m"].Value), m.Groups["mdy_d"].Value);
            }

            if (date is { } d)
            {
                yield return new FoundDate(d, m.Index, m.Index + m.Length);
            }
        }
    }

    /// <summary>Dates that are events the text reports, not deadlines ("until 19 January 2022").</summary>
    public static IEnumerable<FoundDate> FindEvents(string text) =>
        FindAll(text).Where(d => !Deadline().IsMatch(text[..d.Start]));

    /// <summary>Parses a string that is a date and nothing much else (a dateline line); null otherwise.</summary>
    public static DateOnly? ParseLine(string line)
    {
        var found = FindAll(line).FirstOrDefault();
        if (found is null)
        {
            return null;
        }

        var rest = line.Remove(found.Start, found.End - found.Start);
        return TimeOnly().IsMatch(rest) ? found.Date : null;
    }

    /// <summary>The month number (1-12) of an English month name or abbreviation.</summary>
    public static int MonthNumber(string name) => Months.GetValueOrDefault(name[..3]);

    private static string MonthText(string name) => MonthNumber(name).ToString(CultureInfo.InvariantCulture);

    private static DateOnly? Make(string year, string month, string day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var mo)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y < 1800 || y > 2200 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return null;
        }

        return new DateOnly(y, mo, d);
    }

    private const string MonthName =
        "(?:Jan(?:uary|uar)?|Feb(?:ruary|ruar)?|Mar(?:ch)?|März|Apr(?:il)?|May|Mai|June?|Juni|July?|Juli|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Okt(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Dez(?:ember)?)";

    [GeneratedRegex(
        @"\b(?:(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
        + @"|(?<dmy_d>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?<dmy_m>" + MonthName + @")\.?,?\s+(?<dmy_y>\d{4})"
        + @"|(?<mdy_m>" + MonthName + @")\.?\s+(?<mdy_d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<mdy_y>\d{4}))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\b(?:until|till|through|by)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"^[\s,|\-\u2013\u2014]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?\s*(?:[A-Z]{2,4}|GMT[+-]\d+)?)?[\s,|]*$")]
    private static partial Regex TimeOnly();
}
