using System.Globalization;

namespace Search.Core.Querying;

/// <summary>
/// Parses the query language shared by the CLI, the site and the API:
/// words, "phrases", "phrase"~N, AND / OR / NOT, +word / -word, parentheses, field scopes (title: body: person:
/// outlet: topic: author:), prefix*, word~ / word~1, and date:[2022-01-01 TO 2022-01-31].
/// AND binds tighter than OR; words side by side are joined by the default operator.
/// </summary>
public sealed class QueryParser
{
    private readonly QueryLimits limits;
    private readonly Occur defaultOccur;

    /// <summary>Creates a parser.</summary>
    /// <param name="limits">Length, clause and nesting bounds.</param>
    /// <param name="defaultOccur">How words side by side combine: <see cref="Occur.Must"/> (AND) or <see cref="Occur.Should"/> (OR).</param>
    public QueryParser(QueryLimits limits, Occur defaultOccur = Occur.Must)
    {
        this.limits = limits;
        this.defaultOccur = defaultOccur;
    }

    /// <summary>The parser with the product's limits and default operator (AND).</summary>
    public static QueryParser Default { get; } = new(QueryLimits.Default);

    /// <summary>Parses <paramref name="text"/>; an empty or blank text matches every document.</summary>
    /// <exception cref="QuerySyntaxException">The text is malformed or exceeds a limit.</exception>
    public Query Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return MatchAllQuery.Instance;
        }

        if (text.Length > limits.MaxLength)
        {
            throw new QuerySyntaxException(
                "query-too-long", $"The query is {text.Length} characters long; the limit is {limits.MaxLength}.", limits.MaxLength);
        }

        var state = new State(text, limits);
        var query = ParseOr(state, field: null);
        state.SkipWhitespace();
        if (!state.AtEnd)
        {
            throw state.Error("unexpected-parenthesis", "There is a closing parenthesis without an opening one.");
        }

        return query;
    }

    private Query ParseOr(State state, string? field)
    {
        var alternatives = new List<Query> { ParseAnd(state, field) };
        while (true)
        {
            state.SkipWhitespace();
            if (!state.TryKeyword("OR"))
            {
                break;
            }

            state.SkipWhitespace();
            if (state.AtEnd || state.Current == ')')
            {
                throw state.Error("dangling-operator", "OR must be followed by a term.");
            }

            alternatives.Add(ParseAnd(state, field));
        }

        return alternatives.Count == 1
            ? alternatives[0]
            : new BooleanQuery(alternatives.Select(q => new BooleanClause(Occur.Should, q)).ToList());
    }

    private Query ParseAnd(State state, string? field)
    {
        var clauses = new List<BooleanClause>();
        var start = state.Position;
        while (true)
        {
            state.SkipWhitespace();
            if (state.AtEnd || state.Current == ')' || state.PeekKeyword("OR"))
            {
                break;
            }

            Occur? occur = null;
            if (state.TryKeyword("AND"))
            {
                RequireOperand(state, "AND");
                if (clauses.Count == 0)
                {
                    throw state.Error("dangling-operator", "AND must stand between two terms.");
                }
            }

            if (state.TryKeyword("NOT"))
            {
                RequireOperand(state, "NOT");
                occur = Occur.MustNot;
            }
            else if (state.Current is '+' or '-')
            {
                occur = state.Current == '+' ? Occur.Must : Occur.MustNot;
                state.Advance();
                if (state.AtEnd || char.IsWhiteSpace(state.Current))
                {
                    throw state.Error("dangling-operator", $"'{state.Text[state.Position - 1]}' must be followed directly by a term.");
                }
            }

            clauses.Add(new BooleanClause(occur ?? defaultOccur, ParsePrimary(state, field)));
        }

        if (clauses.Count == 0)
        {
            throw new QuerySyntaxException("empty-group", "Expected a term here.", start);
        }

        return clauses is [{ Occur: Occur.Must or Occur.Should } only] ? only.Query : new BooleanQuery(clauses);
    }

    private static void RequireOperand(State state, string keyword)
    {
        state.SkipWhitespace();
        if (state.AtEnd || state.Current == ')' || state.PeekKeyword("OR") || state.PeekKeyword("AND"))
        {
            throw state.Error("dangling-operator", $"{keyword} must be followed by a term.");
        }
    }

    private Query ParsePrimary(State state, string? field)
    {
        switch (state.Current)
        {
            case '(':
                return ParseGroup(state, field);
            case ')':
                throw state.Error("unexpected-parenthesis", "There is a closing parenthesis without an opening one.");
            case '"':
                return ParsePhrase(state, field);
            case '[' or '{':
                throw state.Error("misplaced-range", "A range needs a field: write date:[2022-01-01 TO 2022-01-31].");
        }

        var wordStart = state.Position;
        var word = state.ReadWord();
        if (state.Current == ':' && QueryFields.All.Contains(word))
        {
            return ParseFieldScope(state, word.ToLowerInvariant(), wordStart);
        }

        if (word.Length == 0)
        {
            throw state.Error(
                state.Current == '*' ? "bare-wildcard" : "unexpected-character",
                state.Current == '*' ? "A wildcard needs a prefix before it, e.g. gov*." : $"Unexpected '{state.Current}'.");
        }

        if (state.Current == '*')
        {
            state.Advance();
            state.CountLeaf(wordStart);
            return new PrefixQuery(field, word);
        }

        if (state.Current == '~')
        {
            state.Advance();
            var edits = 2;
            if (!state.AtEnd && char.IsAsciiDigit(state.Current))
            {
                edits = state.Current - '0';
                if (edits is < 1 or > 2)
                {
                    throw state.Error("invalid-fuzzy", "Fuzzy matching allows 1 or 2 edits: write word~1 or word~2.");
                }

                state.Advance();
            }

            state.CountLeaf(wordStart);
            return new FuzzyQuery(field, word, edits);
        }

        state.CountLeaf(wordStart);
        return new TermQuery(field, word);
    }

    private Query ParseGroup(State state, string? field)
    {
        var open = state.Position;
        state.Advance();
        state.Enter(open);
        state.SkipWhitespace();
        if (state.AtEnd)
        {
            throw new QuerySyntaxException("unbalanced-parenthesis", "This parenthesis is never closed.", open);
        }

        if (state.Current == ')')
        {
            throw new QuerySyntaxException("empty-group", "The parentheses are empty.", open);
        }

        var inner = ParseOr(state, field);
        state.SkipWhitespace();
        if (state.AtEnd || state.Current != ')')
        {
            throw new QuerySyntaxException("unbalanced-parenthesis", "This parenthesis is never closed.", open);
        }

        state.Advance();
        state.Leave();
        return inner;
    }

    private static PhraseQuery ParsePhrase(State state, string? field)
    {
        var open = state.Position;
        var close = state.Text.IndexOf('"', open + 1);
        if (close < 0)
        {
            throw new QuerySyntaxException("unterminated-phrase", "This quotation mark is never closed.", open);
        }

        var text = state.Text[(open + 1)..close];
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new QuerySyntaxException("empty-phrase", "The quotation marks hold no words.", open);
        }

        state.Seek(close + 1);
        var slop = 0;
        if (state.Current == '~')
        {
            state.Advance();
            var digits = state.ReadDigits();
            if (digits.Length == 0 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out slop) || slop > 100)
            {
                throw state.Error("invalid-proximity", "Write a proximity as \"words\"~N with N from 0 to 100.");
            }
        }

        state.CountLeaf(open);
        return new PhraseQuery(field, text, slop);
    }

    private Query ParseFieldScope(State state, string field, int fieldStart)
    {
        state.Advance();
        if (state.AtEnd || char.IsWhiteSpace(state.Current) || state.Current == ')')
        {
            throw new QuerySyntaxException("missing-field-value", $"'{field}:' must be followed by a term.", fieldStart);
        }

        if (field == QueryFields.Date)
        {
            state.CountLeaf(fieldStart);
            return DateRangeParser.Parse(state);
        }

        return ParsePrimary(state, field);
    }

    /// <summary>The cursor over the query text, with the running limit counts.</summary>
    internal sealed class State(string text, QueryLimits limits)
    {
        private int leaves;
        private int depth;

        public string Text { get; } = text;

        public int Position { get; private set; }

        public bool AtEnd => Position >= Text.Length;

        public char Current => AtEnd ? '\0' : Text[Position];

        public void Advance() => Position++;

        public void Seek(int position) => Position = position;

        public void SkipWhitespace()
        {
            while (!AtEnd && char.IsWhiteSpace(Current))
            {
                Position++;
            }
        }

        public bool PeekKeyword(string keyword) =>
            string.CompareOrdinal(Text, Position, keyword, 0, keyword.Length) == 0
            && (Position + keyword.Length >= Text.Length || char.IsWhiteSpace(Text[Position + keyword.Length])
                || Text[Position + keyword.Length] is '(' or '"');

        public bool TryKeyword(string keyword)
        {
            if (!PeekKeyword(keyword))
            {
                return false;
            }

            Position += keyword.Length;
            return true;
        }

        public string ReadWord()
        {
            var start = Position;
            while (!AtEnd && !char.IsWhiteSpace(Current) && Current is not ('(' or ')' or '"' or '*' or '~'))
            {
                if (Current == ':' && QueryFields.All.Contains(Text[start..Position]))
                {
                    break;
                }

                Position++;
            }

            return Text[start..Position];
        }

        public string ReadDigits()
        {
            var start = Position;
            while (!AtEnd && char.IsAsciiDigit(Current))
            {
                Position++;
            }

            return Text[start..Position];
        }

        public void CountLeaf(int at)
        {
            if (++leaves > limits.MaxClauses)
            {
                throw new QuerySyntaxException(
                    "too-many-clauses", $"The query has more than {limits.MaxClauses} terms.", at);
            }
        }

        public void Enter(int at)
        {
            if (++depth > limits.MaxDepth)
            {
                throw new QuerySyntaxException(
                    "too-deep", $"Parentheses nest more than {limits.MaxDepth} deep.", at);
            }
        }

        public void Leave() => depth--;

        public QuerySyntaxException Error(string code, string message) => new(code, message, Position);
    }
}
