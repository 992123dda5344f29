using System;
using System.IO;
using System.Text;

namespace NewsletterLinter.Cli
{
    /// <summary>
    /// The process's standard output, buffered (a report of thousands of findings is one write per
    /// 64 KB instead of one per line), and its standard error, which writes what standard output holds
    /// first, so that both streams read in the order they were written when they share a terminal or a
    /// log (<c>2&gt;&amp;1</c>).
    /// </summary>
    internal sealed class StandardStreams : IDisposable
    {
        /// <summary>The process's own streams.</summary>
        public StandardStreams()
            : this(Console.OpenStandardOutput(), Console.OutputEncoding, Console.Error)
        {
        }

        /// <summary>Over other streams (for tests).</summary>
        internal StandardStreams(Stream output, Encoding encoding, TextWriter error)
        {
            // Console.Out writes no byte order mark; neither does this.
            Output = new StreamWriter(output, encoding is UTF8Encoding ? new UTF8Encoding(false) : encoding, 1 << 16) { AutoFlush = false };
            Error = new OrderedError(error, Output);
        }

        /// <summary>Standard output, written when 64 KB are held, before standard error is written, and at the end.</summary>
        public TextWriter Output { get; }

        /// <summary>Standard error, after what standard output holds.</summary>
        public TextWriter Error { get; }

        /// <summary>Whether <paramref name="writer"/> is the process's standard error.</summary>
        public static bool IsStandardError(TextWriter writer) => ReferenceEquals(writer, Console.Error) || writer is OrderedError;

        public void Dispose() => Output.Flush();

        private sealed class OrderedError : TextWriter
        {
            private readonly TextWriter _error;
            private readonly TextWriter _output;

            public OrderedError(TextWriter error, TextWriter output)
            {
                _error = error;
                _output = output;
            }

            public override Encoding Encoding => _error.Encoding;

            public override void Write(char value)
            {
                _output.Flush();
                _error.Write(value);
            }

            public override void Write(string? value)
            {
                _output.Flush();
                _error.Write(value);
            }

            public override void Write(char[] buffer, int index, int count)
            {
                _output.Flush();
                _error.Write(buffer, index, count);
            }

            public override void WriteLine(string? value)
            {
                _output.Flush();
                _error.WriteLine(value);
            }

            public override void Flush()
            {
                _output.Flush();
                _error.Flush();
            }
        }
    }
}
