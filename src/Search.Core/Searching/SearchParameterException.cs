namespace Search.Core.Searching;

/// <summary>A search parameter that is missing, malformed or out of its documented range.</summary>
public sealed class SearchParameterException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">Stable machine-readable code, e.g. "invalid-page-size".</param>
    /// <param name="parameter">The parameter's name as in the API, e.g. "pageSize".</param>
    /// <param name="message">A message for people.</param>
    public SearchParameterException(string code, string parameter, string message)
        : base(message)
    {
        Code = code;
        Parameter = parameter;
    }

    /// <summary>Stable machine-readable error code.</summary>
    public string Code { get; }

    /// <summary>The offending parameter.</summary>
    public string Parameter { get; }
}
