namespace Search.Cli;

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some inputs were rejected; the rest was indexed.</summary>
    public const int Rejected = 1;

    /// <summary>Bad arguments or query syntax.</summary>
    public const int Usage = 2;

    /// <summary>The requested document does not exist.</summary>
    public const int NotFound = 3;
}
