using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsletterLinter.CodeAnalysis.Hosting;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.CodeAnalysis.Generator
{
    /// <summary>Turns parsed issues into generation models: names chosen, duplicates and unnumbered files left out.</summary>
    internal static class IssueModelBuilder
    {
        /// <summary>
        /// The issues to generate: files flagged <c>NewsletterIssue=true</c> (or every candidate when no
        /// file carries the flag), with a number, the first file in path order for each number.
        /// </summary>
        public static IEnumerable<IssueModel> Build(IEnumerable<ParsedFile> files)
        {
            // The pipeline already left out files that are neither flagged nor .md candidates.
            IEnumerable<ParsedFile> issues = BuildSettings.SelectIssues(files.Where(f => f.Document is not null), f => f.IssueFlag, _ => true);
            var seen = new HashSet<int>();
            foreach (ParsedFile file in issues.OrderBy(f => f.Path, System.StringComparer.Ordinal))
            {
                IssueDocument document = file.Document!;
                if (document.Number is not { } number || number < 0 || !seen.Add(number))
                {
                    continue;
                }

                yield return Build(document, number);
            }
        }

        private static IssueModel Build(IssueDocument document, int number)
        {
            string className = IdentifierNames.IssueClassName(number);
            List<string> names = IdentifierNames.Unique(document.Summaries.Select(s => s.Title), className);
            var summaries = document.Summaries.Select((s, i) => new SummaryModel(
                names[i],
                s.Title,
                s.Url,
                s.Authors,
                s.Summarizers,
                s.Section,
                s.Subsection,
                s.IsHighlight,
                s.Text,
                s.Line,
                s.Opinions.Select(o => new OpinionModel(o.Author, o.Text)).ToEquatableArray(),
                s.References.Select(r => r.Number).ToEquatableArray(),
                s.ReadMore.Select(r => new ReadMoreModel(r.Text, r.Url)).ToEquatableArray()));
            return new IssueModel(
                number,
                IdentifierNames.IssuePropertyName(number),
                className,
                document.Title,
                Path.GetFileName(document.Path),
                document.Preamble,
                summaries.ToEquatableArray(),
                document.Sections.Select(ToModel).ToEquatableArray());
        }

        private static SectionModel ToModel(Section section)
            => new(section.Name, section.Level, section.Line, section.Subsections.Select(ToModel).ToEquatableArray());
    }
}
