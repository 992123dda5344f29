using System;
using System.Collections.Generic;
using System.Text;
using Markdig.Syntax;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;
using NewsletterLinter.Parsing.Text;
using SourceSpan = NewsletterLinter.Parsing.Model.SourceSpan;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>A section header while the issue is read; becomes a <see cref="Section"/>.</summary>
    internal sealed class HeaderBuilder
    {
        public HeaderBuilder(string name, string raw, int level, HeaderStyle style, SectionTier tier, TaxonomyEntry? entry, SourceSpan span, SourceSpan nameSpan)
        {
            Name = name;
            Raw = raw;
            Level = level;
            Style = style;
            Tier = tier;
            Entry = entry;
            Span = span;
            NameSpan = nameSpan;
        }

        public string Name { get; }

        public string Raw { get; }

        public int Level { get; }

        public HeaderStyle Style { get; }

        public SectionTier Tier { get; }

        public TaxonomyEntry? Entry { get; }

        public SourceSpan Span { get; }

        public SourceSpan NameSpan { get; }

        public List<HeaderBuilder> Children { get; } = new();

        public Section Build(EquatableArray<Section> subsections)
            => new(Name, Raw, Level, Style, Tier, Entry is not null, Entry?.Name, Span, NameSpan, subsections);
    }

    /// <summary>An opinion while its paragraphs are read; becomes an <see cref="Opinion"/>.</summary>
    internal sealed class OpinionBuilder
    {
        public OpinionBuilder(string author, OpinionKind kind, string label, string rawLabel, SourceSpan labelSpan, bool wellFormed, int start)
        {
            Author = author;
            Kind = kind;
            Label = label;
            RawLabel = rawLabel;
            LabelSpan = labelSpan;
            WellFormed = wellFormed;
            Start = start;
        }

        public string Author { get; }

        public OpinionKind Kind { get; }

        public string Label { get; }

        public string RawLabel { get; }

        public SourceSpan LabelSpan { get; }

        public bool WellFormed { get; }

        public int Start { get; }

        public int End { get; set; }

        public TextPieces Text { get; } = new();

        public List<Reference> References { get; } = new();

        public List<BodyLink> Links { get; } = new();

        public Opinion Build(LineMap lines)
            => new(Author, Kind, Label, RawLabel, LabelSpan, Text.ToText(), lines.Span(Start, End), WellFormed, References.ToEquatableArray()) { Links = Links.Count == 0 ? EquatableArray<BodyLink>.Empty : Links.ToEquatableArray() };
    }

    /// <summary>A summary entry while its paragraphs are read; becomes a <see cref="Summary"/>.</summary>
    internal sealed class EntryBuilder
    {
        private readonly EntryHeader _header;
        private readonly SourceSpan _headerSpan;
        private readonly SourceSpan _titleSpan;
        private readonly string? _section;
        private readonly string? _subsection;
        private readonly bool _inHighlights;

        public EntryBuilder(EntryHeader header, SourceSpan headerSpan, SourceSpan titleSpan, HeaderBuilder? section, HeaderBuilder? subsection)
        {
            _header = header;
            _headerSpan = headerSpan;
            _titleSpan = titleSpan;
            _section = section?.Name;
            _subsection = subsection?.Name;
            _inHighlights = section?.Entry?.Name == "HIGHLIGHTS" || subsection?.Entry?.Name == "HIGHLIGHTS";
        }

        public int End { get; set; }

        public int? BodyStart { get; set; }

        public int BodyEnd { get; set; }

        public TextPieces Body { get; } = new();

        public List<OpinionBuilder> Opinions { get; } = new();

        public List<ReadMoreLink> ReadMore { get; } = new();

        public List<Reference> References { get; } = new();

        public List<BodyLink> Links { get; } = new();

        private List<string>? _moreTitleUrls;

        /// <summary>Keeps the targets of the title's links after its first: a title that names several works.</summary>
        public void AddMoreTitleUrls(InlineText inline, int titleStart, int titleEnd)
        {
            bool first = true;
            foreach (InlineLink link in inline.Links)
            {
                if (link.Start >= titleStart && link.Start < titleEnd && link.Url is not null)
                {
                    if (!first)
                    {
                        (_moreTitleUrls ??= new List<string>()).Add(link.Url);
                    }

                    first = false;
                }
            }
        }

        /// <summary>Adds the links of <paramref name="inline"/> that start at or after plain index <paramref name="from"/>.</summary>
        public static void AddLinks(List<BodyLink> links, InlineText inline, int from)
        {
            foreach (InlineLink link in inline.Links)
            {
                if (link.Start >= from)
                {
                    links.Add(new BodyLink(TextNormalizer.FoldWhitespace(inline.Text, link.Start, link.End - link.Start), RelativeLinks.Absolute(link.Url)));
                }
            }
        }

        public void AddReadMore(InlineText inline, int labelEnd, LineMap lines)
        {
            bool any = false;
            foreach (InlineLink link in inline.Links)
            {
                if (link.Start >= labelEnd)
                {
                    string text = TextNormalizer.FoldWhitespace(inline.Text, link.Start, link.End - link.Start);
                    ReadMore.Add(new ReadMoreLink(text, link.Url, lines.Span(link.SourceStart, link.SourceEnd)));
                    any = true;
                }
            }

            if (!any)
            {
                int from = Math.Min(labelEnd, inline.Text.Length);
                string text = TextNormalizer.FoldWhitespace(inline.Text, from, inline.Text.Length - from);
                if (text.Length > 0)
                {
                    ReadMore.Add(new ReadMoreLink(text, null, lines.Span(inline.SourceOffset(labelEnd), inline.SourceEnd)));
                }
            }
        }

        /// <summary>Whether an entry's text only points to the highlights: "Summarized in the highlights!".</summary>
        public static bool PointsToHighlights(Summary summary) => summary.TextStartsWith(HighlightsPointer, StringComparison.OrdinalIgnoreCase);

        private static bool PointsToHighlights(DeferredText text) => text.StartsWith(HighlightsPointer, StringComparison.OrdinalIgnoreCase);

        private const string HighlightsPointer = "Summarized in the highlights";

        public Summary Build(LineMap lines, string editor)
        {
            DeferredText text = Body.ToText();
            bool pointsToHighlights = PointsToHighlights(text);
            var summarizers = _header.Summarizers.Count > 0 ? _header.Summarizers.ToEquatableArray() : EquatableArray.Create(editor);
            SourceSpan bodySpan = BodyStart is { } start ? lines.Span(start, BodyEnd) : lines.Span(_headerSpan.End, _headerSpan.End);
            return new Summary(
                _header.Title,
                _header.Url,
                _header.Authors.ToEquatableArray(),
                summarizers,
                _header.HasSummarizedBy && _header.Summarizers.Count > 0,
                _section,
                _subsection,
                _inHighlights || pointsToHighlights,
                text,
                _headerSpan,
                _titleSpan,
                bodySpan,
                lines.Span(_headerSpan.Offset, Math.Max(End, _headerSpan.End)),
                BuildOpinions(lines),
                ReadMore.ToEquatableArray(),
                References.ToEquatableArray())
            {
                Links = Links.Count == 0 ? EquatableArray<BodyLink>.Empty : Links.ToEquatableArray(),
                HatTips = _header.HatTips is null ? EquatableArray<string>.Empty : _header.HatTips.ToEquatableArray(),
                MoreTitleUrls = _moreTitleUrls is null ? EquatableArray<string>.Empty : _moreTitleUrls.ToEquatableArray(),
            };
        }

        private EquatableArray<Opinion> BuildOpinions(LineMap lines)
        {
            var opinions = new Opinion[Opinions.Count];
            for (int i = 0; i < opinions.Length; i++)
            {
                opinions[i] = Opinions[i].Build(lines);
            }

            return new EquatableArray<Opinion>(opinions);
        }
    }

    /// <summary>
    /// The paragraphs of a body or an opinion, kept as ranges of their plain text and joined once,
    /// with a blank line between paragraphs, when the entry is built.
    /// </summary>
    internal sealed class TextPieces
    {
        // The first paragraph in fields (most texts are one paragraph), the others in a list.
        private (string Text, int Start, int Length) _first;
        private List<(string Text, int Start, int Length)>? _rest;

        /// <summary>Adds <paramref name="text"/> from <paramref name="from"/> on, white space trimmed; false when nothing is left.</summary>
        public bool AddTrimmed(string text, int from = 0)
        {
            int start = Math.Min(Math.Max(0, from), text.Length);
            int end = text.Length;
            while (start < end && TextNormalizer.IsSpace(text[start]))
            {
                start++;
            }

            while (end > start && TextNormalizer.IsSpace(text[end - 1]))
            {
                end--;
            }

            if (end == start)
            {
                return false;
            }

            if (_first.Text is null)
            {
                _first = (text, start, end - start);
            }
            else
            {
                (_rest ??= new List<(string Text, int Start, int Length)>()).Add((text, start, end - start));
            }

            return true;
        }

        /// <summary>The paragraphs, joined with a blank line when the text is first read.</summary>
        public DeferredText ToText() => _first.Text is null ? DeferredText.Empty : DeferredText.Join(_first, _rest);

        /// <inheritdoc/>
        public override string ToString() => ToText().Value;
    }
}
