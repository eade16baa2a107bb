using System.Text.RegularExpressions;
using Search.Core.Highlighting;

namespace Search.Indexing.Extraction;

/// <summary>
/// Finds the persons an article names, as canonical names. Spellings from the authority file (canonical names,
/// variants and surnames, plus one-typo misspellings of them) resolve to the canonical name. People not in the file
/// are found from cues: a role before the name ("police spokeswoman X Y"), a speech verb after it ("X Y said"), or an
/// apposition ("X Y, director of...", "X Y, who..."). Phrases holding place, organisation or date words are not
/// persons. A name met again with a small spelling difference (a transliteration variant) resolves to the spelling
/// seen first by this extractor, across articles.
/// </summary>
public sealed class PersonExtractor
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private const string Token = @"\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}\p{Ll}+)?";
    private const string Name = "(?<name>" + Token + @"(?:\s+(?:(?:de|da|van|von|bin|al|del|der|la|le)\s+)?" + Token + "){1,2})";

    private readonly List<(Regex Pattern, string Canonical)> authority;
    private readonly List<(string Variant, string Canonical)> singleWordVariants;
    private readonly HashSet<string> notNameWords;
    private readonly HashSet<string> roleWords;
    private readonly List<string> canonicalNames;
    private readonly Regex[] cues;
    private readonly Regex agedSingleName;
    private readonly List<string> seen = [];

    /// <summary>Compiles the authority file and cues.</summary>
    public PersonExtractor(PersonRules rules)
    {
        authority = rules.Persons
            .SelectMany(p => p.Variants.Append(p.Name).Select(v => (Variant: v, p.Name)))
            .OrderByDescending(x => x.Variant.Length)
            .Select(x => (new Regex($@"(?<![\p{{L}}-]){Regex.Escape(x.Variant)}(?![\p{{L}}-])", RegexOptions.CultureInvariant, Timeout), x.Name))
            .ToList();
        singleWordVariants = rules.Persons
            .SelectMany(p => p.Variants.Append(p.Name).Where(v => !v.Contains(' ') && v.Length >= 6).Select(v => (v, p.Name)))
            .ToList();
        notNameWords = new HashSet<string>(rules.NotNameWords ?? [], StringComparer.OrdinalIgnoreCase);
        roleWords = new HashSet<string>((rules.Roles ?? []).SelectMany(r => r.Split(' ')), StringComparer.OrdinalIgnoreCase);
        canonicalNames = rules.Persons.SelectMany(p => p.Variants.Append(p.Name).Where(v => v.Contains(' '))).ToList();
        var roles = string.Join('|', (rules.Roles ?? []).OrderByDescending(r => r.Length).Select(Regex.Escape));
        var verbs = string.Join('|', (rules.SpeechVerbs ?? ["said"]).Select(Regex.Escape));
        var options = RegexOptions.CultureInvariant;
        cues =
        [
            new Regex($@"(?<![\p{{L}}])(?:{roles})\.?,?\s+\[?{Name}(?![\p{{L}}])", options, Timeout),
            new Regex($@"{Name}\]?,?\s+(?:has\s+|had\s+|also\s+)?(?:{verbs})(?![\p{{L}}])", options, Timeout),
            new Regex($@"(?<![\p{{L}}])(?:{verbs})\s+(?:\p{{Ll}}+\s+)?{Name}(?![\p{{L}}])", options, Timeout),
            new Regex($@"{Name},\s+(?:who\b|(?:a|an|the)?\s*(?:[\p{{L}}\d-]+\s+){{0,5}}?(?:{roles})\b)", options, Timeout),
        ];
        agedSingleName = new Regex(@"(?<![\p{L}]\s?)(?<name>\p{Lu}\p{Ll}+),\s+an?\s+\d{1,3}-year-old\b", options, Timeout);
    }

    /// <summary>Canonical names of the persons in <paramref name="text"/>, in order of first mention.</summary>
    /// <param name="text">Title and body.</param>
    /// <param name="exclude">Names not to report (the article's own authors).</param>
    public IReadOnlyList<string> Extract(string text, IReadOnlyCollection<string>? exclude = null)
    {
        var found = new List<(int At, string Name)>();
        foreach (var (pattern, canonical) in authority)
        {
            if (pattern.Match(text) is { Success: true } match)
            {
                found.Add((match.Index, canonical));
            }
        }

        found.AddRange(Misspelled(text));
        foreach (var cue in cues)
        {
            foreach (Match match in cue.Matches(text))
            {
                if (Clean(match.Groups["name"].Value) is { } name && !IsKnownSurname(found, name))
                {
                    found.Add((match.Groups["name"].Index, Resolve(name)));
                }
            }
        }

        foreach (Match match in agedSingleName.Matches(text))
        {
            var name = match.Groups["name"].Value;
            if (!notNameWords.Contains(name) && !IsKnownSurname(found, name))
            {
                found.Add((match.Index, name));
            }
        }

        return found.OrderBy(f => f.At)
            .Select(f => f.Name)
            .Distinct(StringComparer.Ordinal)
            .Where(n => exclude is null || !exclude.Contains(n, StringComparer.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>Drops leading place or organisation words; null when what is left is not a person's name.</summary>
    private string? Clean(string candidate)
    {
        var words = Regex.Split(candidate, @"\s+", RegexOptions.None, Timeout).ToList();
        while (words.Count > 0 && (notNameWords.Contains(words[0]) || roleWords.Contains(words[0])))
        {
            words.RemoveAt(0);
        }

        if (words.Count < 2 || words.Any(notNameWords.Contains))
        {
            return null;
        }

        return string.Join(' ', words);
    }

    private static bool IsKnownSurname(List<(int At, string Name)> found, string name) =>
        found.Any(f => f.Name == name || (!name.Contains(' ') && f.Name.EndsWith(" " + name, StringComparison.Ordinal))
            || (name.Contains(' ') && f.Name.EndsWith(" " + name.Split(' ')[^1], StringComparison.Ordinal)));

    /// <summary>Authority surnames misspelt by one edit or one swap of neighbouring letters ("Tokyaev").</summary>
    private IEnumerable<(int At, string Name)> Misspelled(string text)
    {
        foreach (Match word in Regex.Matches(text, @"(?<![\p{L}-])\p{Lu}\p{Ll}{5,}(?![\p{L}-])", RegexOptions.None, Timeout))
        {
            foreach (var (variant, canonical) in singleWordVariants)
            {
                if (word.Value != variant && (EditDistance.Within(word.Value, variant, 1) || IsSwap(word.Value, variant)))
                {
                    yield return (word.Index, canonical);
                }
            }
        }
    }

    /// <summary>The authority's canonical name, else the first-seen spelling within two edits, else the name itself.</summary>
    private string Resolve(string name)
    {
        foreach (var (pattern, canonical) in authority)
        {
            if (pattern.Match(name) is { Success: true } m && m.Length == name.Length)
            {
                return canonical;
            }
        }

        var edits = name.Length >= 10 ? 2 : 1;
        if (canonicalNames.FirstOrDefault(c => EditDistance.Within(c, name, edits)) is { } variant)
        {
            return Resolve(variant);
        }

        var words = name.Split(' ').Length;
        var match = seen.FirstOrDefault(s => s != name && s.Split(' ').Length == words
            && (EditDistance.Within(s, name, edits) || IsSwap(s, name)));
        if (match is not null)
        {
            return match;
        }

        if (!seen.Contains(name))
        {
            seen.Add(name);
        }

        return name;
    }

    private static bool IsSwap(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var diffs = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return diffs.Count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]];
    }
}
