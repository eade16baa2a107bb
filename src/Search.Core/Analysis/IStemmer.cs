namespace Search.Core.Analysis;

/// <summary>Reduces a lower-cased, folded word to its stem.</summary>
public interface IStemmer
{
    /// <summary>Returns the stem of <paramref name="word"/>.</summary>
    string Stem(string word);
}
