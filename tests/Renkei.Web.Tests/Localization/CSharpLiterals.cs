using System.Text;

namespace Renkei.Web.Tests.Localization;

/// <summary>
/// The string literals of a C# file as the program writes them: escapes read, an interpolated string's holes numbered
/// {0}, {1}… like a format string, literals joined by <c>+</c> taken as one, and the literals inside a hole found too.
/// Comments, character literals and raw strings are skipped (messages are not written as raw strings: mail bodies go line
/// by line through the wording). Enough C# for this code base's sources, not a compiler.
/// </summary>
public static class CSharpLiterals
{
    public sealed record Literal(string Text, int Line, string Before);

    public static IReadOnlyList<Literal> In(string source)
    {
        var found = new List<Literal>();
        new Reader(source, found).ReadAll();
        return found;
    }

    private sealed class Reader(string s, List<Literal> found)
    {
        private int _i;

        public void ReadAll()
        {
            while (_i < s.Length)
            {
                if (!TrySkipTrivia() && !TryReadLiteral(out _))
                {
                    _i++;
                }
            }
        }

        private bool TrySkipTrivia()
        {
            if (At("//"))
            {
                while (_i < s.Length && s[_i] != '\n') _i++;
                return true;
            }
            if (At("/*"))
            {
                var end = s.IndexOf("*/", _i + 2, StringComparison.Ordinal);
                _i = end < 0 ? s.Length : end + 2;
                return true;
            }
            if (RawStringStart() is var quotes and > 0)
            {
                // Skipped whole, so its quotes do not confuse the scan (Core writes no message as a raw string).
                var end = s.IndexOf(new string('"', quotes), _i + quotes + 1, StringComparison.Ordinal);
                _i = end < 0 ? s.Length : end + quotes;
                return true;
            }
            if (s[_i] == '\'')
            {
                _i++;
                while (_i < s.Length && s[_i] != '\'') _i += s[_i] == '\\' ? 2 : 1;
                _i++;
                return true;
            }
            return false;
        }

        /// <summary>Reads a literal (and those joined to it by +) starting here, recording it.</summary>
        private bool TryReadLiteral(out string text)
        {
            text = "";
            var start = _i;
            if (!StartsLiteral())
            {
                return false;
            }
            var line = LineAt(start);
            var builder = new StringBuilder();
            var holes = 0;
            while (true)
            {
                ReadOne(builder, ref holes);
                var after = _i;
                SkipSpace();
                if (_i < s.Length && s[_i] == '+')
                {
                    _i++;
                    SkipSpace();
                    if (StartsLiteral())
                    {
                        continue;
                    }
                }
                _i = after;
                break;
            }
            text = builder.ToString();
            found.Add(new Literal(text, line, s[Math.Max(0, start - 60)..start]));
            return true;
        }

        /// <summary>The length of the raw string's opening quotes at this point (after its $ signs), or 0.</summary>
        private int RawStringStart()
        {
            var j = _i;
            while (j < s.Length && s[j] == '$') j++;
            var quotes = 0;
            while (j + quotes < s.Length && s[j + quotes] == '"') quotes++;
            if (quotes >= 3)
            {
                _i = j;
                return quotes;
            }
            return 0;
        }

        private bool StartsLiteral() => At("\"") || At("$\"") || At("@\"") || At("$@\"") || At("@$\"");

        private void ReadOne(StringBuilder builder, ref int holes)
        {
            var interpolated = false;
            var verbatim = false;
            while (s[_i] != '"')
            {
                interpolated |= s[_i] == '$';
                verbatim |= s[_i] == '@';
                _i++;
            }
            _i++; // the opening quote
            while (_i < s.Length)
            {
                var c = s[_i];
                if (c == '"')
                {
                    if (verbatim && At("\"\""))
                    {
                        builder.Append('"');
                        _i += 2;
                        continue;
                    }
                    _i++;
                    return;
                }
                if (c == '\\' && !verbatim)
                {
                    builder.Append(Escape(s[_i + 1]));
                    _i += 2;
                    continue;
                }
                if (interpolated && (At("{{") || At("}}")))
                {
                    builder.Append(s, _i, 2);
                    _i += 2;
                    continue;
                }
                if (interpolated && c == '{')
                {
                    SkipHole();
                    builder.Append('{').Append(holes++).Append('}');
                    continue;
                }
                builder.Append(c);
                _i++;
            }
        }

        /// <summary>Skips an interpolation hole, recording the literals written inside it.</summary>
        private void SkipHole()
        {
            _i++;
            var depth = 1;
            while (_i < s.Length && depth > 0)
            {
                if (TryReadLiteral(out _) || TrySkipTrivia())
                {
                    continue;
                }
                depth += s[_i] switch { '{' => 1, '}' => -1, _ => 0 };
                _i++;
            }
        }

        private static char Escape(char c) => c switch { 'n' => '\n', 'r' => '\r', 't' => '\t', '0' => '\0', _ => c };

        private void SkipSpace()
        {
            while (_i < s.Length && char.IsWhiteSpace(s[_i])) _i++;
        }

        private bool At(string text) => string.CompareOrdinal(s, _i, text, 0, text.Length) == 0;

        private int LineAt(int index) => s.AsSpan(0, index).Count('\n') + 1;
    }
}
