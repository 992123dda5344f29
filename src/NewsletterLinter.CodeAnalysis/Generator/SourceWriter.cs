using System;
using System.Text;

namespace NewsletterLinter.CodeAnalysis.Generator
{
    /// <summary>
    /// Writes indented C# text; never builds syntax trees. A line is written whole
    /// (<see cref="WriteLine"/>) or in pieces (<see cref="Write"/>, the literal writers, then
    /// <see cref="EndLine"/>), so that long literals go into the source without a copy of their own.
    /// </summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new();
        private int _indent;
        private bool _lineStarted;

        public void WriteLine(string line = "")
        {
            if (line.Length > 0)
            {
                Write(line);
            }

            EndLine();
        }

        /// <summary>Writes <paramref name="text"/> on the current line, indented if the line starts with it.</summary>
        public void Write(string text)
        {
            StartLine();
            _builder.Append(text);
        }

        /// <summary>Writes a quoted, escaped C# string literal (<see cref="CSharpText.Literal"/>).</summary>
        public void WriteLiteral(string? value)
        {
            StartLine();
            CSharpText.AppendLiteral(_builder, value);
        }

        /// <summary>Writes a literal that <paramref name="append"/> appends from <paramref name="state"/>.</summary>
        public void WriteLiteral<TState>(TState state, Action<StringBuilder, TState> append)
        {
            StartLine();
            append(_builder, state);
        }

        /// <summary>Ends the current line.</summary>
        public void EndLine()
        {
            _builder.Append('\n');
            _lineStarted = false;
        }

        private void StartLine()
        {
            if (!_lineStarted)
            {
                _builder.Append(' ', _indent * 4);
                _lineStarted = true;
            }
        }

        public void OpenBlock(string header)
        {
            WriteLine(header);
            WriteLine("{");
            _indent++;
        }

        public void CloseBlock(string suffix = "")
        {
            _indent = Math.Max(0, _indent - 1);
            WriteLine("}" + suffix);
        }

        public void Indent() => _indent++;

        public void Unindent() => _indent = Math.Max(0, _indent - 1);

        /// <summary>Writes an XML doc comment, one <c>///</c> line per line of <paramref name="lines"/>.</summary>
        public void WriteDocComment(params string[] lines)
        {
            WriteLine("/// <summary>");
            foreach (string line in lines)
            {
                if (line.Length > 0)
                {
                    Write("/// ");
                    Write(CSharpText.XmlDocText(line));
                    EndLine();
                }
            }

            WriteLine("/// </summary>");
        }

        public override string ToString() => _builder.ToString();
    }
}
