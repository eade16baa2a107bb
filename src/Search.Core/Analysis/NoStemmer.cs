namespace Search.Core.Analysis;

/// <summary>A stemmer that leaves words as they are.</summary>
public sealed class NoStemmer : IStemmer
{
    /// <summary>The shared instance.</summary>
    public static NoStemmer Instance { get; } = new();

    /// <inheritdoc />
    public string Stem(string word) => word;
}
