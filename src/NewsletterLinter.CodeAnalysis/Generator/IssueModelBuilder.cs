using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsletterLinter.CodeAnalysis.Hosting;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Markdown;
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
            var kept = new List<ParsedFile>();
            foreach (ParsedFile file in issues.OrderBy(f => f.Path, System.StringComparer.Ordinal))
            {
                // A file flagged as an issue is one with or without a number (a retrospective); an
                // unflagged candidate without a number is some other Markdown file.
                int? number = file.Document!.Number;
                if (number is { } n ? n > 0 && seen.Add(n) : file.IssueFlag == "true")
                {
                    kept.Add(file);
                }
            }

            // Citations are resolved among the issues generated, so that each cited place is one the build has.
            IssueDocument[] documents = kept.Select(f => f.Document!).ToArray();
            ArchiveCitations citations = ArchiveCitations.Resolve(documents);
            // The catalog's own members are not free for an issue without a number.
            var unnumberedNames = new HashSet<string>(System.StringComparer.Ordinal) { "All", "Find", "Numbers", "Resolver", "Unnumbered", "AllIssues", "UnnumberedIssues", "Newsletter" };
            for (int i = 0; i < kept.Count; i++)
            {
                yield return Build(kept[i], i, documents, citations, unnumberedNames);
            }
        }

        private static IssueModel Build(ParsedFile file, int place, IssueDocument[] documents, ArchiveCitations citations, HashSet<string> unnumberedNames)
        {
            IssueDocument document = file.Document!;
            int number = document.Number ?? 0;
            string propertyName = number > 0 ? IdentifierNames.IssuePropertyName(number) : UnnumberedName(document.Path, unnumberedNames);
            string className = propertyName + "Issue";
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
                s.Opinions.Select((o, k) => new OpinionModel(o.Author, o.Text, file.Content[i].OpinionMarkdown[k], file.Content[i].OpinionTextRecipes[k], Links(o.Links))).ToEquatableArray(),
                s.References.Select(r => r.Number).ToEquatableArray(),
                s.ReadMore.Select(r => new LinkModel(r.Text, r.Url)).ToEquatableArray(),
                file.Content[i],
                Links(s.Links),
                s.HatTips,
                citations.Of(new SummaryPlace(place, i)).Select(c => Citation(c, documents)).ToEquatableArray(),
                citations.CitedBy(new SummaryPlace(place, i)).Select(c => new CitingModel(documents[c.Issue].Number ?? 0, c.Summary)).ToEquatableArray()));
            return new IssueModel(
                number,
                propertyName,
                className,
                document.Title,
                Path.GetFileName(document.Path),
                document.Preamble,
                summaries.ToEquatableArray(),
                document.Sections.Select(ToModel).ToEquatableArray());
        }

        /// <summary>The name of an issue without a number, from its file: <c>AN-retrospective-one-year.md</c> gives <c>ANRetrospectiveOneYear</c>.</summary>
        private static string UnnumberedName(string path, HashSet<string> taken)
        {
            string stem = IdentifierNames.FromTitle(Path.GetFileNameWithoutExtension(path)).TrimStart('@');
            string name = stem.StartsWith("AN", System.StringComparison.Ordinal) && stem.Length > 2 && char.IsDigit(stem[2]) ? "Unnumbered" + stem : stem;
            string unique = name;
            for (int k = 2; !taken.Add(unique); k++)
            {
                unique = name + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return unique;
        }

        private static EquatableArray<LinkModel> Links(EquatableArray<BodyLink> links)
            => links.Count == 0 ? EquatableArray<LinkModel>.Empty : links.Select(l => new LinkModel(l.Text, l.Url)).ToEquatableArray();

        private static CitationModel Citation(ResolvedCitation citation, IssueDocument[] documents)
            => new(citation.Reference.CitedTitle!, RelativeLinks.Absolute(citation.Reference.CitedUrl), citation.Reference.Number, citation.Cited?.Summary ?? -1);

        private static SectionModel ToModel(Section section)
            => new(section.Name, section.Level, section.Line, section.Subsections.Select(ToModel).ToEquatableArray());
    }
}
