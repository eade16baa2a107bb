using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Indexing.Extraction;

/// <summary>Reads a wire-style dateline at the start of a story's body.</summary>
public static partial class DatelineParser
{
    /// <summary>The dateline opening <paramref name="body"/>, or null.</summary>
    public static Dateline? Parse(string body)
    {
        var m = Pattern().Match(body);
        if (!m.Success)
        {
            return null;
        }

        int? month = m.Groups["month"].Success ? DateParser.MonthNumber(m.Groups["month"].Value) : null;
        int? day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : null;
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        return new Dateline(m.Groups["credit"].Value, month, day, year);
    }

    private const string Month =
        "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(
        @"^(?:\p{Lu}[\p{Lu} .'-]+,\s*)?(?:(?:" + Month + @"\.?\s+(?<day>\d{1,2})|(?<day>\d{1,2})\s+" + Month + @"\.?)(?:,?\s+(?<year>\d{4}))?\s*)?\((?<credit>[A-Za-z][A-Za-z ]{1,20})\)\s*[-\u2013\u2014]",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
