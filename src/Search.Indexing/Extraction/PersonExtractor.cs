using System.Text.RegularExpressions;

namespace Search.Indexing.Extraction;

/// <summary>
/// Finds the persons an article names, as canonical names: spellings from the authority file (canonical names and
/// variants, surnames included) and names the text introduces by a role ("President X Y", "spokesman X Y") or a
/// speech verb ("X Y said"). A surname met later links to the full name found earlier.
/// </summary>
public sealed partial class PersonExtractor
{
    private readonly List<(Regex Pattern, string Canonical)> authority;

    /// <summary>Compiles the authority file.</summary>
    public PersonExtractor(PersonRules rules)
    {
        authority = rules.Persons
            .SelectMany(p => p.Variants.Append(p.Name).Select(v => (v, p.Name)))
            .OrderByDescending(x => x.v.Length)
            .Select(x => (new Regex($@"(?<![\p{{L}}-]){Regex.Escape(x.v)}(?![\p{{L}}-])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), x.Name))
            .ToList();
    }

    /// <summary>Canonical names of the persons in <paramref name="text"/>, in order of first mention.</summary>
    public IReadOnlyList<string> Extract(string text)
    {
        var found = new List<(int At, string Name)>();
        foreach (var (pattern, canonical) in authority)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                found.Add((match.Index, canonical));
            }
        }

        foreach (var regex in new[] { RoleCue(), SpeechCue() })
        {
            foreach (Match match in regex.Matches(text))
            {
                var name = match.Groups["name"].Value;
                if (!found.Any(f => f.Name == name || f.Name.EndsWith(" " + name.Split(' ')[^1], StringComparison.Ordinal)))
                {
                    found.Add((match.Index, Canonical(name)));
                }
            }
        }

        return found.OrderBy(f => f.At).Select(f => f.Name).Distinct(StringComparer.Ordinal).ToList();
    }

    private string Canonical(string name)
    {
        foreach (var (pattern, canonical) in authority)
        {
            if (pattern.Match(name) is { Success: true } m && m.Length == name.Length)
            {
                return canonical;
            }
        }

        return name;
    }

    private const string Name = @"(?<name>[A-Z][\p{Ll}'\u2019]+(?:-[A-Z][\p{Ll}]+)?(?:\s+[A-Z][\p{Ll}'\u2019]+(?:-[A-Z][\p{Ll}]+)?){1,2})";

    [GeneratedRegex(
        @"\b(?:President|Prime Minister|Minister|Foreign Minister|spokesman|spokeswoman|spokesperson|correspondent|leader|expert|analyst|official|chairman|Secretary|Senator|Ambassador|General|Mayor)\s+" + Name + @"\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex RoleCue();

    [GeneratedRegex(Name + @",?\s+(?:said|says|told|wrote|added|noted|stated|argued|claimed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechCue();
}
