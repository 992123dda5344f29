using System;
using System.Collections.Generic;
using System.Text;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Text;
using SourceSpan = NewsletterLinter.Parsing.Model.SourceSpan;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <content>The document: the issue number, the section tree, the cross-listed entries and the recall guard.</content>
    internal sealed partial class IssueParseSession
    {
        public IssueDocument Build()
        {
            (int? number, IssueNumberSource source) = ResolveNumber();
            (List<Section> tree, List<Section> flat) = BuildSections();
            List<Summary> summaries = LinkCrossListings(_summaries);
            MarkOpeningFocus(summaries, flat);
            if (EntryAccount.Check(_text, _lines, summaries, flat.Count) is { } unread)
            {
                _problems.Add(unread);
            }

            return new IssueDocument(
                _path,
                number,
                source,
                _title,
                _titleSpan,
                _preamble.ToString(),
                tree.ToEquatableArray(),
                flat.ToEquatableArray(),
                summaries.ToEquatableArray(),
                _orphans.ToEquatableArray(),
                _references.ToEquatableArray(),
                SuppressionScanner.Scan(_text, _lines).ToEquatableArray(),
                _problems.ToEquatableArray(),
                _lines.LineCount);
        }

        /// <summary>
        /// An issue on one topic (a sequence, a report, a set of conversations) has no HIGHLIGHTS
        /// section: it opens with the topic's summaries before any section header, and the
        /// newsletter's record files those as the issue's highlights.
        /// </summary>
        private static void MarkOpeningFocus(List<Summary> summaries, List<Section> sections)
        {
            foreach (Section section in sections)
            {
                if (section.Name == "HIGHLIGHTS")
                {
                    return;
                }
            }

            for (int i = 0; i < summaries.Count && summaries[i].Section is null && summaries[i].Subsection is null; i++)
            {
                summaries[i] = summaries[i] with { IsHighlight = true };
            }
        }

        /// <summary>The issue number: from front matter, else the title, else the file name; a problem when none has it.</summary>
        private (int? Number, IssueNumberSource Source) ResolveNumber()
        {
            int? number = _frontMatterNumber;
            IssueNumberSource source = number is null ? IssueNumberSource.None : IssueNumberSource.FrontMatter;
            if (number is null && _title is not null && IssueNumberResolver.FromTitle(_title) is { } fromTitle)
            {
                number = fromTitle;
                source = IssueNumberSource.Title;
            }

            if (number is null && IssueNumberResolver.FromFileName(_path) is { } fromFile)
            {
                number = fromFile;
                source = IssueNumberSource.FileName;
            }

            if (number is null)
            {
                _problems.Add(new ParseProblem(
                    ParseProblemKind.NoIssueNumber,
                    "The issue number cannot be determined: expected 'number: N' in front matter, a title such as '[AN #N]: ...', or a file name such as 'AN-N.md'",
                    _titleSpan ?? SourceSpan.None));
            }

            return (number, source);
        }

        /// <summary>The section tree (sections with their subsections, in document order) and every header flat.</summary>
        private (List<Section> Tree, List<Section> Flat) BuildSections()
        {
            var tree = new List<Section>();
            var flat = new List<Section>();
            var built = new Dictionary<HeaderBuilder, Section>();
            foreach (HeaderBuilder header in _headers)
            {
                if (header.Tier == SectionTier.Subsection)
                {
                    continue;
                }

                var children = new Section[header.Children.Count];
                for (int i = 0; i < children.Length; i++)
                {
                    HeaderBuilder child = header.Children[i];
                    children[i] = child.Build(EquatableArray<Section>.Empty);
                    built[child] = children[i];
                }

                Section section = header.Build(new EquatableArray<Section>(children));
                built[header] = section;
                tree.Add(section);
            }

            foreach (HeaderBuilder header in _headers)
            {
                if (!built.TryGetValue(header, out Section? section))
                {
                    // A subsection before any section stands at the top of the tree.
                    section = header.Build(EquatableArray<Section>.Empty);
                    tree.Add(section);
                }

                flat.Add(section);
            }

            tree.Sort((a, b) => a.Span.Offset.CompareTo(b.Span.Offset));
            return (tree, flat);
        }

        /// <summary>
        /// An entry that only points to the highlights ("Summarized in the highlights!") is the same
        /// work as the highlight of that title: it takes the highlight's summarizers when it names none.
        /// </summary>
        private static List<Summary> LinkCrossListings(List<Summary> summaries)
        {
            var highlights = new Dictionary<string, Summary>(StringComparer.Ordinal);
            foreach (Summary summary in summaries)
            {
                if (summary.IsHighlight && !PointsToHighlights(summary))
                {
                    string key = TitleKey(summary.Title);
                    if (!highlights.ContainsKey(key))
                    {
                        highlights[key] = summary;
                    }
                }
            }

            for (int i = 0; i < summaries.Count; i++)
            {
                Summary summary = summaries[i];
                if (PointsToHighlights(summary) && !summary.HasExplicitSummarizers && highlights.TryGetValue(TitleKey(summary.Title), out Summary? original))
                {
                    summaries[i] = summary with
                    {
                        Summarizers = original.Summarizers,
                        Url = summary.Url ?? original.Url,
                        Authors = summary.Authors.IsEmpty ? original.Authors : summary.Authors,
                    };
                }
            }

            return summaries;
        }

        private static string TitleKey(string title) => TextNormalizer.ComparisonKey(title);

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
