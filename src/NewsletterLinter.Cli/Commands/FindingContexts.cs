using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NewsletterLinter.Parsing;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary>
    /// For each file, a digest of the cross-file facts its findings depend on, so that an unchanged
    /// file's cached findings are reused exactly when the cross-file rules would find the same:
    /// <list type="bullet">
    /// <item>the claims of its own number, with the names of the files that claim it (AN0002);</item>
    /// <item>the claims of every number it references: whether the number exists, and the titles,
    /// links and searched titles of its issue (AN1001, AN1004);</item>
    /// <item>the archive's heading conventions, in their order (AN3002);</item>
    /// <item>and only where a finding's message quotes them: the corpus's numbers, which an AN1001
    /// lists, and how many issues follow each convention, which an AN3002 counts.</item>
    /// </list>
    /// An issue added to the archive thus re-checks the files that cite it, a file whose dangling
    /// reference lists the numbers, and a file held to a convention whose count it quotes; not
    /// every file. (Files named otherwise than the cache knows them are parsed anew: see
    /// <see cref="LintCache.NamesFilesAsBefore"/>.)
    /// </summary>
    internal sealed class FindingContexts
    {
        private readonly CorpusIndex _index;
        private readonly string?[] _facts;
        private readonly Dictionary<int, string> _perNumber = new();
        private readonly string _conventions;
        private readonly string _conventionCounts;

        public FindingContexts(CorpusIndex index, LintCache.Entry?[] kept)
        {
            _index = index;
            var conventions = new StringBuilder();
            var counts = new StringBuilder();
            foreach ((HeadingLayout layout, int issues) in index.HeadingConventions.Layouts)
            {
                conventions.Append(layout).Append(';');
                counts.Append(issues).Append(';');
            }

            _conventions = conventions.ToString();
            _conventionCounts = counts.ToString();
            _facts = new string?[kept.Length];
            Parallel.For(0, kept.Length, i =>
            {
                if (kept[i] is { } entry)
                {
                    var facts = new StringBuilder();
                    if (entry.Indexed is { } own)
                    {
                        facts.Append("own ").Append(own.Number).Append('=').Append(Digest(own.Number)).Append(';');
                    }

                    foreach (int number in entry.Referenced)
                    {
                        facts.Append(number).Append('=').Append(Digest(number)).Append(';');
                    }

                    _facts[i] = facts.ToString();
                }
            });
        }

        /// <summary>The context of file <paramref name="i"/> with <paramref name="findings"/>, the list cached with it or found now.</summary>
        public ulong Of(int i, IReadOnlyList<Finding> findings)
        {
            var context = new StringBuilder(_facts[i]).Append('\u0001').Append(_conventions);
            if (findings.Any(f => f.RuleId == RuleIds.InconsistentHeadingLevel))
            {
                context.Append('\u0001').Append(_conventionCounts);
            }

            if (findings.Any(f => f.RuleId == RuleIds.DanglingReference))
            {
                context.Append('\u0001').Append(_index.DescribeNumbers());
            }

            return LintCache.Hash(context.ToString());
        }

        private string Digest(int number)
        {
            lock (_perNumber)
            {
                if (_perNumber.TryGetValue(number, out string? known))
                {
                    return known;
                }
            }

            var text = new StringBuilder();
            foreach (IndexedIssue claim in _index.Claims(number))
            {
                text.Append(claim.Path).Append('\n').AppendJoin('\n', claim.TitleKeys).Append('\n').AppendJoin('\n', claim.Urls).Append('\n')
                    .AppendJoin('\n', (claim.MentionedTitles ?? Array.Empty<string>()).OrderBy(t => t, StringComparer.Ordinal)).Append('\u0001');
            }

            string digest = LintCache.Hash(text.ToString()).ToString("x16");
            lock (_perNumber)
            {
                _perNumber[number] = digest;
            }

            return digest;
        }
    }
}
