using System;
using System.Collections.Generic;
using System.Threading;
using NewsletterLinter.Parsing.Corpus;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary>
    /// The first pass's share of the text searches that AN1004 needs. <see cref="CheckRun"/> reads the
    /// files from the last; once every file after an issue's own has been read, the titles that those
    /// files cite with its number are known, and the issue searches in its own text, while it still has
    /// it, the ones its titles and links do not settle. Issues cite earlier issues and archives list
    /// them in order, so the second pass rarely has to parse an issue again: only for a title cited by
    /// a file listed before the cited one (or an issue that waited too long, see <see cref="MaxWaiting"/>).
    /// </summary>
    internal sealed class CitedTitleSearch
    {
        /// <summary>How many parsed issues may wait for the files after them; past that the oldest searches with what is known.</summary>
        private const int MaxWaiting = 64;

        private readonly object _gate = new();
        private readonly bool[] _read;
        private readonly Dictionary<string, bool>?[] _searched;
        private readonly Dictionary<int, List<Citation>> _citedByNumber = new();
        private readonly List<(int File, IndexedIssue Issue)> _waiting = new();

        // Every file at or after this index has been read.
        private int _readFrom;
        private int _searchedIssues;

        public CitedTitleSearch(int files)
        {
            _read = new bool[files];
            _searched = new Dictionary<string, bool>?[files];
            _readFrom = files;
        }

        /// <summary>How many issues searched cited titles in their text during the first pass.</summary>
        public int SearchedIssues => Volatile.Read(ref _searchedIssues);

        /// <summary>
        /// The cited titles searched in file <paramref name="file"/>'s text during the first pass and
        /// whether each was found; null when the file searched nothing then. Read after the first pass.
        /// </summary>
        public IReadOnlyDictionary<string, bool>? Searched(int file) => _searched[file];

        /// <summary>
        /// File <paramref name="file"/> has been read: the titles it cites, and its issue with the parsed
        /// document when it was parsed (not for an unreadable file, an issue without a number or a cached one).
        /// </summary>
        public void Read(int file, IReadOnlyList<Citation>? citations, IndexedIssue? issue)
        {
            List<(int File, IndexedIssue Issue, Citation[] Cited)>? ready = null;
            lock (_gate)
            {
                _read[file] = true;
                if (citations is not null)
                {
                    foreach (Citation citation in citations)
                    {
                        if (!_citedByNumber.TryGetValue(citation.Number, out List<Citation>? list))
                        {
                            _citedByNumber[citation.Number] = list = new List<Citation>();
                        }

                        list.Add(citation);
                    }
                }

                if (issue?.Document is not null)
                {
                    _waiting.Add((file, issue));
                }

                while (_readFrom > 0 && _read[_readFrom - 1])
                {
                    _readFrom--;
                }

                // The issues that every later file has been read past search now.
                for (int k = _waiting.Count - 1; k >= 0; k--)
                {
                    if (_waiting[k].File >= _readFrom)
                    {
                        Release(k, ref ready);
                    }
                }

                // Too many waiting behind one slow file: the oldest (the highest files) search with what is known.
                if (_waiting.Count > MaxWaiting)
                {
                    _waiting.Sort((x, y) => y.File.CompareTo(x.File));
                    while (_waiting.Count > MaxWaiting)
                    {
                        Release(0, ref ready);
                    }
                }
            }

            if (ready is not null)
            {
                foreach ((int readyFile, IndexedIssue readyIssue, Citation[] cited) in ready)
                {
                    Search(readyFile, readyIssue, cited);
                }
            }
        }

        private void Release(int waiting, ref List<(int File, IndexedIssue Issue, Citation[] Cited)>? ready)
        {
            (int file, IndexedIssue issue) = _waiting[waiting];
            _waiting.RemoveAt(waiting);
            ready ??= new List<(int, IndexedIssue, Citation[])>();
            ready.Add((file, issue, CitedWith(issue.Number)));
        }

        private Citation[] CitedWith(int number)
            => _citedByNumber.TryGetValue(number, out List<Citation>? list) ? list.ToArray() : Array.Empty<Citation>();

        private void Search(int file, IndexedIssue issue, Citation[] cited)
        {
            var searched = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (Citation citation in cited)
            {
                if (!searched.ContainsKey(citation.Title) && !issue.SettlesByTitleOrLink(citation))
                {
                    searched[citation.Title] = issue.Mentions(citation.Title);
                }
            }

            if (searched.Count > 0)
            {
                Interlocked.Increment(ref _searchedIssues);
            }

            _searched[file] = searched;
        }
    }
}
