using System.Collections.Generic;
using System.IO;
using System.Linq;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsletterSite
{
    /// <summary>
    /// Renders a summary's or an opinion's Markdown: raw HTML is shown as text (Markdig's
    /// <c>DisableHtml</c>), a link or image destination other than http, https, mailto or relative is
    /// dropped, and an image becomes a link to it, so that a page makes no request of its own.
    /// </summary>
    internal static class MarkdownHtml
    {
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

        /// <summary>The HTML of <paramref name="markdown"/>.</summary>
        public static string Render(string markdown) => Render(markdown, System.Array.Empty<CitationLink>());

        /// <summary>
        /// The HTML of <paramref name="markdown"/>, where the <c>AN #N</c> link of each citation in
        /// <paramref name="citations"/> (the one right after the cited work's link) goes to the cited
        /// summary on this site instead of the newsletter's email archive.
        /// </summary>
        public static string Render(string markdown, IReadOnlyList<CitationLink> citations)
        {
            MarkdownDocument document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
            string? previous = null;
            foreach (LinkInline link in document.Descendants<LinkInline>().ToList())
            {
                string? address = CitedAddress(link, previous, citations);
                previous = address is null ? link.Url : null;
                if (address is not null)
                {
                    link.Url = address;
                }
                else if (!Html.IsSafeUrl(link.Url))
                {
                    link.Url = "#";
                }

                link.IsImage = false;
                link.Title = null;
            }

            foreach (AutolinkInline autolink in document.Descendants<AutolinkInline>().ToList())
            {
                if (!Html.IsSafeUrl(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
                {
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                }
            }

            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            Pipeline.Setup(renderer);
            renderer.Render(document);
            writer.Flush();
            return writer.ToString();
        }

        private static string? CitedAddress(LinkInline link, string? previousUrl, IReadOnlyList<CitationLink> citations)
        {
            if (previousUrl is null || citations.Count == 0)
            {
                return null;
            }

            string text = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
            foreach (CitationLink citation in citations)
            {
                if (citation.Url == Html.Absolute(previousUrl) && text == "AN #" + citation.Number)
                {
                    return citation.Address;
                }
            }

            return null;
        }
    }

    /// <summary>A citation whose cited summary is on the site: the cited work's link, the issue number, and the summary's address from the page.</summary>
    internal sealed record CitationLink(string? Url, int Number, string Address);
}
