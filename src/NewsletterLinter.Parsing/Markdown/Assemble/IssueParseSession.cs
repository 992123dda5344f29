using System.Collections.Generic;
using System.Linq;
using System.Text;
using System;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;
using NewsletterLinter.Parsing.Text;
using SourceSpan = NewsletterLinter.Parsing.Model.SourceSpan;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>The mutable state of one parse.</summary>
    internal sealed class IssueParseSession
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

        /// <summary>A title link alone in its paragraph, held back to see whether the next paragraph holds its header groups.</summary>
        private InlineText? _pendingTitle;

        private bool TryStartSplitEntry(InlineText title, InlineText groups)
        {
            EntryHeader? header = SplitEntryHeader.ParseSplit(title, groups);
            if (header is null)
            {
                return false;
            }

            StartEntry(title, groups, header);
            return true;
        }

        private void OnHeading(in TextUnit heading)
        {
            InlineText inline = heading.Inline;
            ScanReferences(inline, out _);
            string name = TextNormalizer.FoldWhitespace(inline.Text).Replace(MarkdownView.TitleBracketMask, '[');
            HeaderStyle style = heading.IsSetext ? HeaderStyle.Setext : HeaderStyle.Atx;
            // The title: a heading that names the issue, before any section. Preamble text may come
            // first (the email form puts a "View this email in your browser" row above it).
            bool titleLike = IssueNumberResolver.LooksLikeTitle(name) && (!_seenContent || IssueNumberResolver.FromTitle(name) is not null);
            string key = SectionTaxonomy.Key(name);
            TaxonomyEntry? entry = _taxonomy.FindKey(key);
            if (_title is null && _headers.Count == 0 && _entry is null && titleLike && entry is null)
            {
                // The title names the issue itself: its "AN #N" is not a cross reference.
                _references.RemoveAll(r => r.Span.Offset >= inline.SourceStart && r.Span.Offset < inline.SourceEnd);
                _title = name;
                _titleSpan = BlockSpan(inline);
                _seenContent = true;
                return;
            }

            _seenContent = true;
            TaxonomyEntry? suggestion = entry is null ? _taxonomy.SuggestKey(key) : null;
            if (entry is null && IsStructureInsideContent(heading.Level, name, suggestion))
            {
                AppendBody(inline);
                return;
            }

            OnHeader(name, RawHeader(inline), heading.Level, style, entry, suggestion, BlockSpan(inline), NameSpan(inline));
        }

        /// <summary>
        /// A heading with an unknown name before the first section, or below the current level inside
        /// an entry, structures the preamble or a long summary; it is not a newsletter section.
        /// </summary>
        private bool IsStructureInsideContent(int level, string name, TaxonomyEntry? suggestion)
        {
            if (name.Length == 0 || suggestion is not null)
            {
                return false;
            }

            if (_section is null && _subsection is null)
            {
                return true;
            }

            int currentLevel = (_subsection ?? _section)!.Level;
            return _entry is not null && (_subsection ?? _section)!.Style is HeaderStyle.Setext or HeaderStyle.Atx && level > currentLevel;
        }

        /// <summary>Whether the issue's mailing-list footer has begun.</summary>
        private bool _inFooter;

        /// <summary>The first paragraph of a mailing list's footer: the copyright line or the unsubscribe line.</summary>
        private static bool IsMailingListFooter(string text)
        {
            int start = 0;
            while (start < text.Length && TextNormalizer.IsSpace(text[start]))
            {
                start++;
            }

            bool copyright = start < text.Length && (text[start] | 0x20) == 'c'
                && (string.Compare(text, start, "Copyright \u00A9", 0, 11, StringComparison.OrdinalIgnoreCase) == 0
                    || string.Compare(text, start, "Copyright (c)", 0, 13, StringComparison.OrdinalIgnoreCase) == 0);
            return copyright
                || (text.Length < 400 && AsciiSearch.IndexOfIgnoreCase(text, "unsubscribe from this list", 0, text.Length) >= 0);
        }

        private bool IsHeldTitle(InlineText inline)
            => CurrentSectionEntry is not { IsContents: true } && LinkedEntryHeader.IsLinkOnly(inline);

        private void OnParagraph(InlineText inline)
        {
            if (TryTitleLine(inline))
            {
                return;
            }

            if (_inFooter || IsMailingListFooter(inline.Text))
            {
                // The mailing list's footer (copyright, unsubscribe) closes the issue: nothing after it is content.
                _inFooter = true;
                CloseEntry();
                CloseOrphan();
                return;
            }

            _seenContent = true;

            if (TryHeaderParagraph(inline))
            {
                ScanReferences(inline, out _);
                return;
            }

            if (CurrentSectionEntry is { IsContents: true } && _subsection is null)
            {
                // The table of contents lists sections as links; nothing in it is content.
                return;
            }

            OpinionLabel? label = OpinionLabelParser.Parse(inline);
            if (label is { } opinionLabel)
            {
                StartOpinion(inline, opinionLabel);
                return;
            }

            if (_afterReadMore && _entry is not null && LinkedEntryHeader.IsLinkOnly(inline))
            {
                // A Read more link that continues in the next paragraph.
                ScanReferences(inline, out List<Reference> more);
                _entry.AddReadMore(inline, 0, _lines);
                _entry.References.AddRange(more);
                _entry.End = Math.Max(_entry.End, inline.SourceEnd);
                return;
            }

            _afterReadMore = false;
            if (ReadMoreLabel.End(inline.Text, 0, inline.Text.Length) is var readMoreEnd && readMoreEnd >= 0)
            {
                _afterReadMore = true;
                ScanReferences(inline, out List<Reference> found);
                if (_entry is not null)
                {
                    _entry.AddReadMore(inline, readMoreEnd, _lines);
                    _entry.References.AddRange(found);
                    _entry.End = Math.Max(_entry.End, inline.SourceEnd);
                }

                return;
            }

            EntryHeader? header = EntryHeaderParser.Parse(inline);
            if (header is not null)
            {
                StartEntry(inline, inline, header);
                return;
            }

            if ((_section is not null || _subsection is not null) && LinkedEntryHeader.LinkOnlyEntry(inline) is { } listed)
            {
                // A linked title alone in its paragraph, inside a section: an item listed without a summary.
                StartEntry(inline, inline, listed);
                return;
            }

            AppendBody(inline);
        }

        /// <summary>
        /// A line <c>[AN #N]: title</c> before the first section, in a paragraph of its own: the
        /// issue's title when it has none yet (the email form has no title heading), or the title
        /// repeated below it. Either way its <c>AN #N</c> names the issue itself, not a reference.
        /// </summary>
        private bool TryTitleLine(InlineText inline)
        {
            if (_section is not null || _subsection is not null || _entry is not null || inline.Text.Length > 300 || !StartsWithTitleBracket(inline.Text) || inline.Text.Trim().IndexOf('\n') >= 0)
            {
                return false;
            }

            string name = TextNormalizer.FoldWhitespace(inline.Text).Replace(MarkdownView.TitleBracketMask, '[');
            if (!name.StartsWith("[AN", StringComparison.Ordinal) || IssueNumberResolver.FromTitle(name) is not { } number)
            {
                return false;
            }

            int? titleNumber = _title is null ? null : IssueNumberResolver.FromTitle(_title);
            if (_title is not null && titleNumber != number)
            {
                return false;
            }

            if (_title is null)
            {
                _title = name;
                _titleSpan = BlockSpan(inline);
            }

            _seenContent = true;
            return true;
        }

        /// <summary>Whether the first character after white space is a title line's bracket, plain or masked.</summary>
        private static bool StartsWithTitleBracket(string text)
        {
            foreach (char c in text)
            {
                if (!TextNormalizer.IsSpace(c))
                {
                    return c == '[' || c == MarkdownView.TitleBracketMask;
                }
            }

            return false;
        }

        private bool TryHeaderParagraph(InlineText inline)
        {
            string raw = inline.Text;
            if (raw.Length == 0 || raw.Length > 100 || raw.Trim().IndexOf('\n') >= 0 || inline.Links.Length > 0)
            {
                return false;
            }

            string name = TextNormalizer.FoldWhitespace(raw);
            if (name.Length == 0)
            {
                return false;
            }

            int first = raw.Length - raw.TrimStart().Length;
            int last = raw.TrimEnd().Length;
            bool wholeBold = false;
            foreach (InlineEmphasis emphasis in inline.Emphases)
            {
                wholeBold |= emphasis.IsStrong && emphasis.Start <= first && emphasis.End >= last;
            }

            bool anyEmphasis = inline.Emphases.Length > 0;
            string key = SectionTaxonomy.Key(name);
            TaxonomyEntry? entry = _taxonomy.FindKey(key);
            TaxonomyEntry? suggestion = entry is null && TextNormalizer.IsCapitals(name) ? _taxonomy.SuggestKey(key) : null;
            HeaderStyle style;
            if (wholeBold)
            {
                style = HeaderStyle.BoldParagraph;
                if (entry is null && !TextNormalizer.IsCapitals(name))
                {
                    return false;
                }
            }
            else if (!anyEmphasis && (entry is not null || suggestion is not null || (TextNormalizer.IsCapitals(name) && _section is not null && name.Length <= 60)))
            {
                style = HeaderStyle.PlainCapitals;
            }
            else
            {
                return false;
            }

            OnHeader(name, RawHeader(inline), 0, style, entry, suggestion, BlockSpan(inline), NameSpan(inline));
            return true;
        }

        private void OnHeader(string name, string raw, int level, HeaderStyle style, TaxonomyEntry? entry, TaxonomyEntry? suggestion, SourceSpan span, SourceSpan nameSpan)
        {
            _afterReadMore = false;
            CloseEntry();
            CloseOrphan();
            SectionTier tier = entry?.Tier ?? suggestion?.Tier ?? GuessTier(level, style);
            if (entry is { IsAlsoSection: true } && IsAtSectionLevel(level, style))
            {
                tier = SectionTier.Section;
            }

            if (level == 0)
            {
                level = tier == SectionTier.Subsection ? 2 : 1;
            }

            var header = new HeaderBuilder(SharedStrings.Share(name), SharedStrings.Share(raw), level, style, tier, entry, span, nameSpan);
            _headers.Add(header);
            switch (tier)
            {
                case SectionTier.Subsection:
                    _subsection = header;
                    if (style is HeaderStyle.Setext or HeaderStyle.Atx)
                    {
                        _subsectionLevel ??= level;
                    }

                    if (_section is not null)
                    {
                        _section.Children.Add(header);
                    }

                    break;
                default:
                    _section = header;
                    _subsection = null;
                    if (tier == SectionTier.Section && style is HeaderStyle.Setext or HeaderStyle.Atx)
                    {
                        _sectionLevel ??= level;
                    }

                    break;
            }
        }

        /// <summary>Whether a header at this level stands where the issue's sections stand.</summary>
        private bool IsAtSectionLevel(int level, HeaderStyle style)
        {
            if (style is HeaderStyle.Setext or HeaderStyle.Atx)
            {
                return level <= (_sectionLevel ?? 1);
            }

            return _section is null;
        }

        private SectionTier GuessTier(int level, HeaderStyle style)
        {
            if (style is HeaderStyle.Setext or HeaderStyle.Atx)
            {
                if (_sectionLevel is { } sectionLevel)
                {
                    return level <= sectionLevel ? SectionTier.Section : SectionTier.Subsection;
                }

                if (_subsectionLevel is { } subsectionLevel)
                {
                    return level < subsectionLevel ? SectionTier.Section : SectionTier.Subsection;
                }

                return level == 1 || _section is null ? SectionTier.Section : SectionTier.Subsection;
            }

            return _section is null ? SectionTier.Section : SectionTier.Subsection;
        }

        private void StartEntry(InlineText titleInline, InlineText inline, EntryHeader header)
        {
            CloseEntry();
            CloseOrphan();
            ScanReferences(inline, out List<Reference> found);
            if (!ReferenceEquals(titleInline, inline))
            {
                ScanReferences(titleInline, out List<Reference> inTitle);
                if (inTitle.Count > 0)
                {
                    var both = new List<Reference>(inTitle);
                    both.AddRange(found);
                    found = both;
                }
            }

            int headerEnd = inline.SourceEndIncludingMarkers(header.HeaderEnd);
            var span = _lines.Span(titleInline.SourceStart, headerEnd);
            if (header.Malformation is { } malformation)
            {
                _problems.Add(new ParseProblem(
                    ParseProblemKind.MalformedEntryHeader,
                    $"The paragraph looks like a summary entry '{Shorten(header.Title)}' but {malformation}; expected 'Title (Authors) (summarized by Name): text'",
                    span));
            }

            _entry = new EntryBuilder(header, span, _lines.Span(titleInline.SourceOffset(header.TitleStart), titleInline.SourceEndOffset(header.TitleEnd)), _section, _subsection)
            {
                End = inline.SourceEnd,
            };
            _entry.References.AddRange(found);
            if (_entry.Body.AddTrimmed(inline.Text, header.BodyStart))
            {
                _entry.BodyStart = inline.SourceOffset(header.BodyStart);
                _entry.BodyEnd = inline.SourceEnd;
            }
        }

        private void StartOpinion(InlineText inline, OpinionLabel label)
        {
            ScanReferences(inline, out List<Reference> found);
            string author = label.Kind == OpinionKind.Named ? label.Name! : _options.EditorName;
            int labelSourceEnd = inline.SourceEndOffset(label.LabelEnd);
            int labelSourceStart = inline.SourceStart;

            // The label's span covers its emphasis markers: **Rohin's opinion:**.
            foreach (InlineEmphasis emphasis in inline.Emphases)
            {
                if (emphasis.Start == 0 && emphasis.End >= label.LabelEnd - 1 && emphasis.End <= label.LabelEnd + 1)
                {
                    labelSourceEnd = Math.Max(labelSourceEnd, emphasis.SourceEnd);
                }
            }

            string labelText = inline.Text.Substring(0, Math.Min(label.LabelEnd, inline.Text.Length)).Trim();
            SourceSpan labelSpan = _lines.Span(labelSourceStart, labelSourceEnd);
            string rawLabel = _text.Substring(labelSpan.Offset, labelSpan.Length);
            var opinion = new OpinionBuilder(author, label.Kind, labelText, rawLabel, labelSpan, label.IsWellFormed, inline.SourceStart)
            {
                End = inline.SourceEnd,
            };
            opinion.Text.AddTrimmed(inline.Text, label.LabelEnd);

            opinion.References.AddRange(found);
            if (_entry is not null)
            {
                _entry.Opinions.Add(opinion);
                _entry.References.AddRange(found);
                _entry.End = Math.Max(_entry.End, inline.SourceEnd);
                _opinion = opinion;
            }
            else
            {
                CloseOrphan();
                _orphan = opinion;
            }
        }

        private void AppendBody(InlineText inline)
        {
            ScanReferences(inline, out List<Reference> found);
            if (_entry is not null)
            {
                _entry.References.AddRange(found);
                _entry.End = Math.Max(_entry.End, inline.SourceEnd);
                if (_opinion is not null)
                {
                    _opinion.References.AddRange(found);
                    _opinion.Text.AddTrimmed(inline.Text);
                    _opinion.End = Math.Max(_opinion.End, inline.SourceEnd);
                }
                else if (_entry.Body.AddTrimmed(inline.Text))
                {
                    _entry.BodyStart ??= inline.SourceStart;
                    _entry.BodyEnd = inline.SourceEnd;
                }

                return;
            }

            if (_orphan is not null)
            {
                _orphan.References.AddRange(found);
                _orphan.Text.AddTrimmed(inline.Text);
                _orphan.End = Math.Max(_orphan.End, inline.SourceEnd);
                return;
            }

            if (_section is null && _subsection is null)
            {
                _preamble.AddTrimmed(inline.Text);
            }
        }

        /// <summary>No reference: shared, never written to.</summary>
        private static readonly List<Reference> NoReferences = new();

        [ThreadStatic]
        private static List<Reference>? scratch;

        private void ScanReferences(InlineText inline, out List<Reference> found)
        {
            List<Reference> buffer = scratch ??= new List<Reference>();
            buffer.Clear();
            ReferenceScanner.Scan(inline, _lines, buffer);
            if (buffer.Count == 0)
            {
                found = NoReferences;
                return;
            }

            found = new List<Reference>(buffer);
            _references.AddRange(found);
        }

        private void CloseEntry()
        {
            if (_entry is null)
            {
                return;
            }

            _summaries.Add(_entry.Build(_lines, _options.EditorName));
            _entry = null;
            _opinion = null;
        }

        private void CloseOrphan()
        {
            if (_orphan is null)
            {
                return;
            }

            _orphans.Add(_orphan.Build(_lines));
            _orphan = null;
        }

        public IssueDocument Build()
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
                    children[i] = Remember(child, child.Build(EquatableArray<Section>.Empty));
                }

                Section section = header.Build(new EquatableArray<Section>(children));
                built[header] = section;
                tree.Add(section);
            }

            Section Remember(HeaderBuilder child, Section section)
            {
                built[child] = section;
                return section;
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
            List<Summary> summaries = LinkCrossListings(_summaries);
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

        private static bool PointsToHighlights(Summary summary) => EntryBuilder.PointsToHighlights(summary);

        private SourceSpan BlockSpan(InlineText unit) => _lines.Span(unit.SourceStart, unit.SourceEnd);

        private SourceSpan NameSpan(InlineText inline)
        {
            string s = inline.Text;
            int first = 0;
            while (first < s.Length && TextNormalizer.IsSpace(s[first]))
            {
                first++;
            }

            int last = s.Length;
            while (last > first && TextNormalizer.IsSpace(s[last - 1]))
            {
                last--;
            }

            return last > first ? _lines.Span(inline.SourceOffset(first), inline.SourceEndOffset(last)) : _lines.Span(inline.SourceStart, inline.SourceStart);
        }

        /// <summary>A header as written: from the start of its first line to the end of its last (a setext underline included), without the final line break.</summary>
        private string RawHeader(InlineText unit)
        {
            int start = Math.Max(0, Math.Min(unit.SourceStart, _text.Length));
            start = Math.Min(start, _lines.LineStart(_lines.Position(start).Line));
            int end = Math.Max(start, Math.Min(unit.SourceEnd, _text.Length));
            while (end < _text.Length && _text[end] != '\n' && _text[end] != '\r')
            {
                end++;
            }

            while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
            {
                end--;
            }

            return _text.Substring(start, end - start);
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
