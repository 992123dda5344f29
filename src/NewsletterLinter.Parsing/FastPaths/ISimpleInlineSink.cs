using System;
using System.Globalization;
using System.Linq;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using NewsletterLinter.Parsing.Markdown;

namespace NewsletterLinter.Parsing.FastPaths
{
    /// <summary>What <see cref="SimpleInlines.Read"/> finds in a paragraph, in document order.</summary>
    internal interface ISimpleInlineSink
    {
        /// <summary>Literal text: <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>, mapped one to one onto the source.</summary>
        void Literal(string text, int start, int length);

        /// <summary>
        /// A backslash escape: the punctuation character after the backslash at
        /// <paramref name="backslash"/>. As Markdig reads it, the literal text right after it is the
        /// same literal, mapped from the backslash on (one source character more than its text).
        /// </summary>
        void Escape(string text, int backslash);

        /// <summary>A line break; <paramref name="position"/> is the source offset of the line's end.</summary>
        void LineBreak(int position);

        /// <summary>A link's text starts.</summary>
        void LinkStart();

        /// <summary>A link ends; its source range runs from its <c>[</c> to just past its <c>)</c>.</summary>
        void LinkEnd(string url, int sourceStart, int sourceEnd);

        /// <summary>An emphasis starts.</summary>
        void EmphasisStart();

        /// <summary>An emphasis ends; its source range covers its markers.</summary>
        void EmphasisEnd(bool strong, int sourceStart, int sourceEnd);
    }
}
