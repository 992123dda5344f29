using System;
using System.Text;

namespace NewsletterLinter.CodeAnalysis.Generator
{
    /// <summary>Writes indented C# text; never builds syntax trees.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new();
        private int _indent;

        public void WriteLine(string line = "")
        {
            if (line.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
                _builder.Append(line);
            }

            _builder.Append('\n');
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
                    WriteLine("/// " + CSharpText.XmlDocText(line));
                }
            }

            WriteLine("/// </summary>");
        }

        public override string ToString() => _builder.ToString();
    }
}
