namespace Search.Indexing;

/// <summary>Known outlets and wire agencies.</summary>
/// <param name="Outlets">Outlets with their web hosts and text signatures.</param>
/// <param name="Agencies">Wire agency names recognised in bylines.</param>
public sealed record OutletRules(IReadOnlyList<OutletRule> Outlets, IReadOnlyList<string> Agencies);
