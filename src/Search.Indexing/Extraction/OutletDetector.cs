using System.Text.RegularExpressions;

namespace Search.Indexing.Extraction;

/// <summary>
/// Names the publisher from evidence in the page: a URL host of a known outlet, or a signature only that outlet's
/// pages carry. Without evidence the outlet stays unknown (null): it is never guessed.
/// </summary>
public sealed partial class OutletDetector
{
    private readonly List<(OutletRule Rule, Regex[] Signatures)> outlets;

    /// <summary>Compiles the outlet rules.</summary>
    public OutletDetector(OutletRules rules) =>
        outlets = rules.Outlets
            .Select(o => (o, o.Signatures.Select(s => new Regex(s, RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray()))
            .ToList();

    /// <summary>The outlet and what gave it away, or null when there is no evidence.</summary>
    /// <param name="rawText">The text before cleaning (URLs and signatures live in the chrome).</param>
    public (string Name, string Source)? Detect(string rawText)
    {
        foreach (Match url in Url().Matches(rawText))
        {
            var host = url.Groups["host"].Value.ToLowerInvariant();
            foreach (var (rule, _) in outlets)
            {
                if (rule.Hosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal)))
                {
                    return (rule.Name, $"url host {host}");
                }
            }
        }

        foreach (var (rule, signatures) in outlets)
        {
            if (signatures.FirstOrDefault(s => s.IsMatch(rawText)) is { } signature)
            {
                return (rule.Name, $"signature /{signature}/");
            }
        }

        return null;
    }

    /// <summary>The host of <paramref name="url"/> without "www.", or null when it is not an absolute web URL.</summary>
    public static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant()
            : null;

    [GeneratedRegex(@"https?://(?:www\.)?(?<host>[A-Za-z0-9.-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
