using System;
using System.Diagnostics;
using System.IO;

namespace NewsletterLinter.Cli.Output
{
    /// <summary>
    /// A progress line on standard error while a run over many files lasts more than a second, only
    /// when standard error is a terminal: never in redirected output or in logs.
    /// </summary>
    internal sealed class Progress : IDisposable
    {
        private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
        private readonly TextWriter? _terminal;
        private readonly string _verb;
        private readonly int _total;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _lastShown = TimeSpan.Zero;
        private bool _shown;

        public Progress(TextWriter stderr, string verb, int total)
        {
            _terminal = StandardStreams.IsStandardError(stderr) && !Console.IsErrorRedirected ? stderr : null;
            _verb = verb;
            _total = total;
        }

        /// <summary>Whether a progress line can be shown at all.</summary>
        public bool IsVisible => _terminal is not null;

        public void Report(int done)
        {
            if (_terminal is null || _clock.Elapsed < Delay || _clock.Elapsed - _lastShown < Interval)
            {
                return;
            }

            _lastShown = _clock.Elapsed;
            _shown = true;
            _terminal.Write($"\r{_verb} {done}/{_total} files ({100 * done / Math.Max(1, _total)}%)");
        }

        public void Dispose()
        {
            if (_shown)
            {
                _terminal!.Write("\r" + new string(' ', 60) + "\r");
            }
        }
    }
}
