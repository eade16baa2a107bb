namespace Search.Core.Querying;

/// <summary>A query that cannot be parsed or exceeds a limit, with where the problem is.</summary>
public sealed class QuerySyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A stable machine-readable code, e.g. "unterminated-phrase".</param>
    /// <param name="message">A message for people.</param>
    /// <param name="position">Zero-based character position of the problem in the query.</param>
    public QuerySyntaxException(string code, string message, int position)
        : base(message)
    {
        Code = code;
        Position = position;
    }

    /// <summary>Stable machine-readable error code.</summary>
    public string Code { get; }

    /// <summary>Zero-based character position in the query text.</summary>
    public int Position { get; }
}
