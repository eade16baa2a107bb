namespace Search.Core.Querying;

/// <summary>A node of a parsed query. Text in leaves is the user's raw text; engines analyze it.</summary>
public abstract record Query;
