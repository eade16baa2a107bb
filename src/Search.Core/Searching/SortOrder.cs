namespace Search.Core.Searching;

/// <summary>How hits are ordered.</summary>
public enum SortOrder
{
    /// <summary>Best score first; ties broken by newest, then id.</summary>
    Relevance,

    /// <summary>Newest publication date first (undated last); ties by id.</summary>
    Newest,

    /// <summary>Oldest publication date first (undated last); ties by id.</summary>
    Oldest,
}
