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
        public static string Render(string markdown)
        {
            MarkdownDocument document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
            foreach (LinkInline link in document.Descendants<LinkInline>().ToList())
            {
                if (!Html.IsSafeUrl(link.Url))
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
    }
}
