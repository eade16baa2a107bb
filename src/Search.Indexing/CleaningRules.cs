namespace Search.Indexing;

/// <summary>Boilerplate patterns (regular expressions, one line at a time).</summary>
/// <param name="DropLinePatterns">A line matching any of these is removed.</param>
/// <param name="CutFromPatterns">A line matching any of these starts a footer: it and everything after are removed.</param>
public sealed record CleaningRules(IReadOnlyList<string> DropLinePatterns, IReadOnlyList<string> CutFromPatterns);
