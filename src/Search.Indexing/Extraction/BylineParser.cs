using System.Text.RegularExpressions;

namespace Search.Indexing.Extraction;

/// <summary>Reads bylines such as "By X and Y for AFP", "By X, AFP" and "[Edited by X/Y]".</summary>
public sealed partial class BylineParser
{
    private readonly IReadOnlyList<string> agencies;

    /// <summary>Creates a parser that knows these wire agencies.</summary>
    public BylineParser(IReadOnlyList<string> agencies) => this.agencies = agencies;

    /// <summary>The byline in <paramref name="line"/>, or null when the line is not one.</summary>
    public Byline? Parse(string line)
    {
        var match = By().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var names = match.Groups["names"].Value.Trim();
        string? agency = null;
        var credit = AgencyCredit().Match(names);
        if (credit.Success && agencies.Contains(credit.Groups["agency"].Value, StringComparer.OrdinalIgnoreCase))
        {
            agency = agencies.First(a => string.Equals(a, credit.Groups["agency"].Value, StringComparison.OrdinalIgnoreCase));
            names = names[..credit.Index];
        }

        var authors = Separator().Split(names)
            .Select(n => n.Trim(' ', '.', ',', ']', '['))
            .Where(LooksLikeName)
            .ToList();
        return authors.Count == 0 && agency is null ? null : new Byline(authors, agency);
    }

    /// <summary>The known agency spelled as configured, or null when <paramref name="name"/> is not an agency.</summary>
    public string? Agency(string name) =>
        agencies.FirstOrDefault(a => string.Equals(a, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static bool LooksLikeName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && words.All(w => char.IsUpper(w[0]) || w is "de" or "van" or "von" or "al" or "bin");
    }

    [GeneratedRegex(@"^\s*\[?\s*(?:By|Edited by|Written by|Reporting by)\s+(?<names>[^\]]{3,200})\]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex By();

    [GeneratedRegex(@"(?:\s+for|\s*,|\s*/|\s+\|)\s*(?<agency>[A-Za-z][A-Za-z ]{0,20})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCredit();

    [GeneratedRegex(@"\s*(?:,|/|\band\b|&|;\s*(?:Additional reporting|Editing|Edited|Writing) by)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
