using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Corpus
{
    /// <summary>A summary of an archive: the index of its issue in the archive's list and its own in the issue.</summary>
    /// <param name="Issue">The index of the issue in the list the citations were resolved over.</param>
    /// <param name="Summary">The index of the summary in <see cref="IssueDocument.Summaries"/>.</param>
    internal readonly record struct SummaryPlace(int Issue, int Summary);

    /// <summary>A citation of a summary: the reference with its cited link, and the summary it names when the archive has it.</summary>
    /// <param name="Reference">The reference, whose <see cref="Reference.CitedTitle"/> and <see cref="Reference.CitedUrl"/> are the citation's text and link.</param>
    /// <param name="Cited">The cited summary, or null when the cited issue is not in the archive or holds no summary of the work.</param>
    internal sealed record ResolvedCitation(Reference Reference, SummaryPlace? Cited);

    /// <summary>
    /// Every citation between the summaries of an archive, resolved both ways: what each summary
    /// cites (in its body, its opinions and its <c>Read more</c> lines, in order) and what cites it.
    /// </summary>
    internal sealed class ArchiveCitations
    {
        private readonly Dictionary<SummaryPlace, List<ResolvedCitation>> _citations = new();
        private readonly Dictionary<SummaryPlace, List<SummaryPlace>> _citedBy = new();

        private ArchiveCitations()
        {
        }

        /// <summary>Resolves the citations of <paramref name="issues"/> among themselves.</summary>
        public static ArchiveCitations Resolve(IReadOnlyList<IssueDocument> issues)
        {
            var claims = new Dictionary<int, List<int>>();
            var works = new EquatableArray<SummaryWork>[issues.Count];
            for (int i = 0; i < issues.Count; i++)
            {
                works[i] = CitedWorks.Of(issues[i]);
                if (issues[i].Number is { } number)
                {
                    if (!claims.TryGetValue(number, out List<int>? list))
                    {
                        claims[number] = list = new List<int>();
                    }

                    list.Add(i);
                }
            }

            var archive = new ArchiveCitations();
            for (int i = 0; i < issues.Count; i++)
            {
                IReadOnlyList<Summary> summaries = issues[i].Summaries;
                for (int s = 0; s < summaries.Count; s++)
                {
                    archive.ResolveSummary(new SummaryPlace(i, s), summaries[s], claims, works);
                }
            }

            return archive;
        }

        /// <summary>What the summary at <paramref name="place"/> cites, in order.</summary>
        public IReadOnlyList<ResolvedCitation> Of(SummaryPlace place)
            => _citations.TryGetValue(place, out List<ResolvedCitation>? list) ? list : (IReadOnlyList<ResolvedCitation>)System.Array.Empty<ResolvedCitation>();

        /// <summary>The summaries that cite the one at <paramref name="place"/>, each once, in archive order.</summary>
        public IReadOnlyList<SummaryPlace> CitedBy(SummaryPlace place)
            => _citedBy.TryGetValue(place, out List<SummaryPlace>? list) ? list : (IReadOnlyList<SummaryPlace>)System.Array.Empty<SummaryPlace>();

        private void ResolveSummary(SummaryPlace place, Summary summary, Dictionary<int, List<int>> claims, EquatableArray<SummaryWork>[] works)
        {
            foreach (Reference reference in summary.References)
            {
                if (!CitedWorks.IsCitation(reference) || summary.HeaderSpan.Contains(reference.Span.Offset))
                {
                    continue;
                }

                SummaryPlace? cited = Find(reference, claims, works);
                if (!_citations.TryGetValue(place, out List<ResolvedCitation>? citations))
                {
                    _citations[place] = citations = new List<ResolvedCitation>();
                }

                citations.Add(new ResolvedCitation(reference, cited));
                if (cited is { } target)
                {
                    if (!_citedBy.TryGetValue(target, out List<SummaryPlace>? citing))
                    {
                        _citedBy[target] = citing = new List<SummaryPlace>();
                    }

                    if (citing.Count == 0 || citing[citing.Count - 1] != place)
                    {
                        citing.Add(place);
                    }
                }
            }
        }

        private static SummaryPlace? Find(Reference reference, Dictionary<int, List<int>> claims, EquatableArray<SummaryWork>[] works)
        {
            if (!claims.TryGetValue(reference.Number, out List<int>? issues))
            {
                return null;
            }

            foreach (int issue in issues)
            {
                int summary = CitedWorks.Find(works[issue], reference.CitedTitle!, reference.CitedUrl);
                if (summary >= 0)
                {
                    return new SummaryPlace(issue, summary);
                }
            }

            return null;
        }
    }
}
