using System;
using System.Collections.Generic;
using System.Text;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;
using NewsletterLinter.Parsing.FastPaths;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <content>How an <see cref="InlineText"/> is built from a block's inlines or from <see cref="SimpleInlines"/>: one builder per thread, reused.</content>
    internal sealed partial class InlineText
    {
        [ThreadStatic]
        private static Builder? cachedBuilder;

        private sealed class Builder : ISimpleInlineSink
        {
            private readonly StringBuilder _text = new(256);
            private string _source = string.Empty;
            private readonly List<int> _map = new();
            private readonly List<InlineLink> _links = new();
            private readonly List<InlineEmphasis> _emphases = new();
            private int _depth;
            private int _linkStart;
            private int _emphasisStart;

            // The map's length right after SimpleInlines' last escape added its segment; -1 before any.
            private int _escapeMapEnd = -1;

            public void Reset(string source)
            {
                _source = source;
                _text.Clear();
                _map.Clear();
                _escapeMapEnd = -1;
                _links.Clear();
                _emphases.Clear();
                _depth = 0;
            }

            public InlineText Build(int start, int end)
                => new(
                    _text.ToString(),
                    _map.ToArray(),
                    _links.Count == 0 ? Array.Empty<InlineLink>() : _links.ToArray(),
                    _emphases.Count == 0 ? Array.Empty<InlineEmphasis>() : _emphases.ToArray(),
                    start,
                    end);

            void ISimpleInlineSink.Literal(string text, int start, int length)
            {
                // Markdig's literal right after an escape is the escape's own: its segment grows. A
                // literal is right after it when no segment came between and it starts where the
                // escape's source ends (a link's or an emphasis' markers would stand between).
                if (length > 0 && _map.Count == _escapeMapEnd && start == _map[_map.Count - 2] + _map[_map.Count - 1])
                {
                    _map[_map.Count - 1] += length;
                    _text.Append(text, start, length);
                    return;
                }

                AppendMapped(new StringSlice(text, start, start + length - 1), start, start + length - 1);
            }

            void ISimpleInlineSink.Escape(string text, int backslash)
            {
                AddSegment(_text.Length, backslash, 2);
                _text.Append(text[backslash + 1]);
                _escapeMapEnd = _map.Count;
            }

            void ISimpleInlineSink.LineBreak(int position) => AppendMapped("\n", position, position);

            void ISimpleInlineSink.LinkStart() => _linkStart = _text.Length;

            void ISimpleInlineSink.LinkEnd(string url, int sourceStart, int sourceEnd)
                => _links.Add(new InlineLink(_linkStart, _text.Length, url, sourceStart, sourceEnd));

            void ISimpleInlineSink.EmphasisStart() => _emphasisStart = _text.Length;

            void ISimpleInlineSink.EmphasisEnd(bool strong, int sourceStart, int sourceEnd)
                => _emphases.Add(new InlineEmphasis(_emphasisStart, _text.Length, strong, sourceStart, sourceEnd));

            public void AppendContainer(ContainerInline container)
            {
                // Deeply nested inlines (pathological input) are flattened past a depth limit.
                _depth++;
                try
                {
                    for (Inline? child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        Append(child);
                    }
                }
                finally
                {
                    _depth--;
                }
            }

            private void Append(Inline inline)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        AppendMapped(literal.Content, inline.Span.Start, inline.Span.End);
                        break;
                    case LineBreakInline:
                        AppendMapped("\n", inline.Span.Start, inline.Span.Start);
                        break;
                    case CodeInline code:
                        AppendMapped(code.Content, inline.Span.Start + code.DelimiterCount, inline.Span.End - code.DelimiterCount);
                        break;
                    case HtmlEntityInline entity:
                        AppendMapped(entity.Transcoded.ToString(), inline.Span.Start, inline.Span.Start);
                        break;
                    case AutolinkInline autolink:
                        {
                            int plainStart = _text.Length;
                            AppendMapped(autolink.Url, inline.Span.Start + 1, inline.Span.End - 1);
                            _links.Add(new InlineLink(plainStart, _text.Length, autolink.Url, inline.Span.Start, inline.Span.End + 1));
                            break;
                        }

                    case LinkInline link when link.IsImage:
                        break;
                    case LinkInline link:
                        {
                            int plainStart = _text.Length;
                            if (_depth < 64)
                            {
                                AppendContainer(link);
                            }

                            _links.Add(new InlineLink(plainStart, _text.Length, link.Url, inline.Span.Start, inline.Span.End + 1));
                            break;
                        }

                    case EmphasisInline emphasis:
                        {
                            int plainStart = _text.Length;
                            if (_depth < 64)
                            {
                                AppendContainer(emphasis);
                            }

                            bool strong = emphasis.DelimiterCount >= 2;
                            _emphases.Add(new InlineEmphasis(plainStart, _text.Length, strong, inline.Span.Start, inline.Span.End + 1));
                            break;
                        }

                    case DelimiterInline delimiter:
                        AppendMapped(delimiter.ToLiteral(), inline.Span.Start, inline.Span.End);
                        if (_depth < 64)
                        {
                            AppendContainer(delimiter);
                        }

                        break;
                    case HtmlInline:
                        break;
                    case ContainerInline container:
                        if (_depth < 64)
                        {
                            AppendContainer(container);
                        }

                        break;
                    default:
                        break;
                }
            }

            private void AddSegment(int plainStart, int sourceStart, int sourceLength)
            {
                _map.Add(plainStart);
                _map.Add(sourceStart);
                _map.Add(sourceLength);
            }

            private void AppendMapped(StringSlice content, int spanStart, int spanEnd)
            {
                if (content.Length <= 0)
                {
                    return;
                }

                int spanLength = spanEnd - spanStart + 1;
                int start = Math.Max(0, Math.Min(spanStart, _source.Length));
                AddSegment(_text.Length, start, content.Length == spanLength ? content.Length : Math.Max(1, spanLength));
                _text.Append(content.Text, content.Start, content.Length);
            }

            private void AppendMapped(string content, int spanStart, int spanEnd)
            {
                if (content.Length == 0)
                {
                    return;
                }

                int spanLength = spanEnd - spanStart + 1;
                int start = Math.Max(0, Math.Min(spanStart, _source.Length));

                // Content as long as its source maps one to one; escapes and entities map onto their span.
                AddSegment(_text.Length, start, content.Length == spanLength ? content.Length : Math.Max(1, spanLength));
                _text.Append(content);
            }
        }
    }
}
