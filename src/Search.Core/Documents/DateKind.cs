namespace Search.Core.Documents;

/// <summary>How an article's publication date was established.</summary>
public enum DateKind
{
    /// <summary>No publication date could be found.</summary>
    Unknown = 0,

    /// <summary>The source states the publication date (byline, meta tag, JSON-LD...).</summary>
    Stated = 1,

    /// <summary>No date is stated; it was inferred, e.g. from the latest dated event in the text.</summary>
    Inferred = 2,
}
