using System;
using System.Collections.Generic;
using System.Text;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;
using NewsletterLinter.Parsing.Text;
using SourceSpan = NewsletterLinter.Parsing.Model.SourceSpan;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>
    /// Assembles one issue from its text units, in order: the state of one parse here, and the
    /// handlers each in a file of their own (the title, section headers, paragraphs, summary entries,
    /// opinions, and the document built at the end).
    /// </summary>
    internal sealed partial class IssueParseSession
    {
        private readonly string _text;
        private readonly string _path;
        private readonly ParserOptions _options;
        private readonly SectionTaxonomy _taxonomy;
        private readonly LineMap _lines;
        private readonly List<HeaderBuilder> _headers = new();
        private readonly List<Summary> _summaries = new();
        private readonly List<Opinion> _orphans = new();
        private readonly List<Reference> _references = new();
        private readonly List<ParseProblem> _problems = new();
        private readonly TextPieces _preamble = new();

        private int? _frontMatterNumber;
        private string? _title;
        private SourceSpan? _titleSpan;
        private bool _seenContent;
        private HeaderBuilder? _section;
        private HeaderBuilder? _subsection;
        private EntryBuilder? _entry;
        private OpinionBuilder? _opinion;
        private OpinionBuilder? _orphan;
        private int? _sectionLevel;
        private bool _afterReadMore;
        private int? _subsectionLevel;

        /// <summary>A title link alone in its paragraph, held back to see whether the next paragraph holds its header groups.</summary>
        private InlineText? _pendingTitle;

        /// <summary>Whether the issue's mailing-list footer has begun.</summary>
        private bool _inFooter;

        /// <summary>No reference: shared, never written to.</summary>
        private static readonly List<Reference> NoReferences = new();

        [ThreadStatic]
        private static List<Reference>? scratch;

        public IssueParseSession(string text, string path, ParserOptions options, LineMap lines)
        {
            _text = text;
            _path = path;
            _options = options;
            _taxonomy = options.Taxonomy;
            _lines = lines;
        }

        private TaxonomyEntry? CurrentSectionEntry => _section?.Entry;

        public void Walk(IEnumerable<TextUnit> units)
        {
            foreach (TextUnit unit in units)
            {
                if (_pendingTitle is { } pending)
                {
                    _pendingTitle = null;
                    if (unit.Kind == TextUnitKind.Paragraph && TryStartSplitEntry(pending, unit.Inline))
                    {
                        continue;
                    }

                    OnParagraph(pending);
                }

                switch (unit.Kind)
                {
                    case TextUnitKind.FrontMatter:
                        _frontMatterNumber = IssueNumberResolver.FromFrontMatter(unit.FrontMatter ?? string.Empty);
                        break;
                    case TextUnitKind.Heading:
                        OnHeading(unit);
                        break;
                    case TextUnitKind.Paragraph:
                        if (IsHeldTitle(unit.Inline))
                        {
                            _pendingTitle = unit.Inline;
                        }
                        else
                        {
                            OnParagraph(unit.Inline);
                        }

                        break;
                    default:
                        _seenContent = true;
                        _afterReadMore = false;
                        if (!_inFooter)
                        {
                            AppendBody(unit.Inline);
                        }

                        break;
                }
            }

            if (_pendingTitle is { } last)
            {
                _pendingTitle = null;
                OnParagraph(last);
            }

            CloseEntry();
            CloseOrphan();
        }

        private bool IsHeldTitle(InlineText inline)
            => CurrentSectionEntry is not { IsContents: true } && LinkedEntryHeader.IsLinkOnly(inline);

        private static bool PointsToHighlights(Summary summary) => EntryBuilder.PointsToHighlights(summary);

        private SourceSpan BlockSpan(InlineText unit) => _lines.Span(unit.SourceStart, unit.SourceEnd);
    }
}
