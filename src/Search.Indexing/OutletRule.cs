namespace Search.Indexing;

/// <summary>One outlet: its name, its hosts and signatures (regular expressions) that identify its pages.</summary>
/// <param name="Name">The outlet's display name.</param>
/// <param name="Hosts">Web hosts, matched as the host or a subdomain of it.</param>
/// <param name="Signatures">Patterns that only this outlet's pages contain.</param>
public sealed record OutletRule(string Name, IReadOnlyList<string> Hosts, IReadOnlyList<string> Signatures);
