using System;
using System.Linq;
using System.Text;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;
using NewsletterLinter.Parsing.Text;
using SourceSpan = NewsletterLinter.Parsing.Model.SourceSpan;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <content>Section headers: headings, bold or plain header paragraphs, their tier and level, and the headings that only structure a summary.</content>
    internal sealed partial class IssueParseSession
    {
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
    }
}
