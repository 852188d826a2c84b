using GraphQLParser;
using GraphQLParser.Exceptions;

namespace NetworkGraph.GraphQL.Transport;

/// <summary>
/// The size of a query text as the lexer alone sees it: its tokens, its fragment definitions and its named fragment
/// spreads. It is measured before the text is parsed or validated, in one pass that stops one token past the limit, so a
/// document too big to validate cheaply costs no more than that pass to refuse (validation compares every pair of
/// fragments spread in one selection, and grows faster than the document does).
/// </summary>
public readonly record struct DocumentSize(int Tokens, int Fragments, int Spreads)
{
    /// <summary>Measures the text up to <paramref name="maxTokens"/> + 1 tokens; a text the lexer cannot read is left to the parser to report.</summary>
    public static DocumentSize Measure(string query, int maxTokens)
    {
        var (tokens, fragments, spreads, nesting) = (0, 0, 0, 0);
        var previous = TokenKind.EOF;
        try
        {
            for (var token = Lexer.Lex(query, 0); token.Kind != TokenKind.EOF && tokens <= maxTokens; token = Lexer.Lex(query, token.End))
            {
                // Comments are ignored tokens, like white space and commas: they add nothing to parse or validate.
                if (token.Kind == TokenKind.COMMENT) continue;
                tokens++;
                nesting += token.Kind switch { TokenKind.BRACE_L or TokenKind.PAREN_L => 1, TokenKind.BRACE_R or TokenKind.PAREN_R => -1, _ => 0 };
                if (token.Kind == TokenKind.NAME && nesting == 0 && token.Value == "fragment") fragments++;
                // "... on Type" and "... @directive" are inline fragments, not spreads of a named fragment.
                if (previous == TokenKind.SPREAD && token.Kind == TokenKind.NAME && token.Value != "on") spreads++;
                previous = token.Kind;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
        }
        return new DocumentSize(tokens, fragments, spreads);
    }

    /// <summary>Why a document of this size is refused under the options' limits; null when it is within them.</summary>
    public DocumentRefusedException? Refusal(GraphQLOptions limits) =>
        Tokens > limits.MaxTokens ? new(ErrorCodes.TooManyTokens, $"The document has more than {limits.MaxTokens} tokens.")
        : Fragments > limits.MaxFragments ? new(ErrorCodes.TooManyFragments, $"The document defines {Fragments} fragments; at most {limits.MaxFragments} are allowed.")
        : Spreads > limits.MaxFragmentSpreads ? new(ErrorCodes.TooManyFragmentSpreads, $"The document spreads fragments {Spreads} times; at most {limits.MaxFragmentSpreads} are allowed.")
        : null;
}

/// <summary>A document refused before it is validated, with the code of the limit it is over.</summary>
public sealed class DocumentRefusedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
