namespace Search.Core.Analysis;

/// <summary>
/// The English Porter2 stemmer (Snowball "english", https://snowballstem.org/algorithms/english/stemmer.html).
/// </summary>
/// <remarks>
/// Expects lower-cased input. Words shorter than three characters, and words containing any character other than
/// <c>a</c>-<c>z</c> and the ASCII apostrophe (for example Cyrillic words or words with digits), are returned unchanged.
/// The stemmer is stateless and thread-safe; it allocates at most the result string.
/// </remarks>
public sealed class EnglishStemmer : IStemmer
{
    // Words up to this length are stemmed in a stack buffer; longer ones (rare) use a heap array.
    private const int StackBufferLength = 128;

    /// <summary>The shared instance.</summary>
    public static EnglishStemmer Instance { get; } = new();

    /// <inheritdoc />
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3 || !IsStemmable(word))
        {
            return word;
        }

        var exception = Exception1(word);
        if (exception is not null)
        {
            return exception;
        }

        var buffer = word.Length <= StackBufferLength ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(buffer);
        var stem = new Porter2Word(buffer, word.Length);
        stem.Run();

        var result = stem.Result;
        return result.SequenceEqual(word) ? word : new string(result);
    }

    private static bool IsStemmable(string word)
    {
        foreach (var c in word)
        {
            if (c is not ((>= 'a' and <= 'z') or '\''))
            {
                return false;
            }
        }

        return true;
    }

    // Whole words with a fixed stem, checked before anything else (Snowball "exception1").
    private static string? Exception1(string word) => word switch
    {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" or "news" or "howe" or "atlas" or "cosmos" or "bias" or "andes" => word,
        _ => null,
    };
}
