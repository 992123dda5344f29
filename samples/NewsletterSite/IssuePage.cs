using System.Collections.Generic;
using System.Linq;
using System.Text;
using AlignmentNewsletter;

namespace NewsletterSite
{
    /// <summary>One issue's page: its sections in order, every summary anchored, with its people, Markdown, opinions, links and citations both ways.</summary>
    internal static class IssuePage
    {
        private const string Root = "../../";

        /// <summary>The issue's title, or <c>AN #N</c> when it has none.</summary>
        public static string Heading(NewsletterIssue issue) => issue.Title ?? (issue.HasNumber ? "AN #" + issue.Number : issue.FileName);

        public static string Write(NewsletterIssue issue, SiteMap map)
        {
            var body = new StringBuilder();
            body.Append("<article class=\"issue-page\">\n<h1>").Append(Html.Encode(Heading(issue))).Append("</h1>\n");
            if (issue.Summaries.Count == 0)
            {
                // An issue of prose (a retrospective): what the types hold of it is its opening text and its outline.
                body.Append("<p class=\"preamble\">").Append(Html.Encode(issue.Preamble)).Append("</p>\n<ul class=\"outline\">");
                foreach (NewsletterSection outline in issue.Sections)
                {
                    body.Append("<li>").Append(Html.Encode(outline.Name)).Append("</li>");
                }

                body.Append("</ul>\n");
            }

            string? section = null, subsection = null;
            foreach (Summary summary in issue.Summaries)
            {
                if (summary.Section != section)
                {
                    section = summary.Section;
                    subsection = null;
                    if (section is not null)
                    {
                        body.Append("<h2 id=\"").Append(Html.Slug(section)).Append("\">").Append(Html.Encode(section)).Append("</h2>\n");
                    }
                }

                if (summary.Subsection != subsection)
                {
                    subsection = summary.Subsection;
                    if (subsection is not null)
                    {
                        body.Append("<h3 class=\"subsection\">").Append(Html.Encode(subsection)).Append("</h3>\n");
                    }
                }

                WriteSummary(body, summary, map);
            }

            body.Append("</article>\n");
            return Layout.Page(Heading(issue), Root, body.ToString());
        }

        private static void WriteSummary(StringBuilder body, Summary summary, SiteMap map)
        {
            body.Append("<section class=\"summary").Append(summary.IsHighlight ? " highlight" : string.Empty).Append("\" id=\"").Append(map.Anchor(summary)).Append("\">\n<h4>");
            if (summary.Url is not null && Html.IsSafeUrl(summary.Url))
            {
                body.Append("<a href=\"").Append(Html.Href(summary.Url)).Append("\">").Append(Html.Encode(summary.Title)).Append("</a>");
            }
            else
            {
                body.Append(Html.Encode(summary.Title));
            }

            body.Append(" <a class=\"anchor\" href=\"#").Append(map.Anchor(summary)).Append("\" aria-label=\"Link to this summary\">#</a></h4>\n<p class=\"byline\">");
            if (summary.Authors.Count > 0)
            {
                body.Append("<span class=\"authors\">").Append(Html.Encode(string.Join(", ", summary.Authors))).Append("</span> · ");
            }

            body.Append("summarized by <span class=\"summarizers\">").Append(Html.Encode(string.Join(", ", summary.Summarizers))).Append("</span>");
            if (summary.HatTips.Count > 0)
            {
                body.Append(" · H/T <span class=\"hat-tips\">").Append(Html.Encode(string.Join(", ", summary.HatTips))).Append("</span>");
            }

            if (summary.Category is not null)
            {
                body.Append(" · <span class=\"category\">").Append(Html.Encode(summary.Category)).Append("</span>");
            }

            List<CitationLink> cited = summary.Citations
                .Where(c => c.Summary is { } target && map.Contains(target))
                .Select(c => new CitationLink(Html.Absolute(c.Url), c.Number, Root + map.Address(c.Summary!)))
                .ToList();
            body.Append("</p>\n<div class=\"body\">").Append(MarkdownHtml.Render(summary.Markdown, cited)).Append("</div>\n");
            foreach (Opinion opinion in summary.Opinions)
            {
                body.Append("<div class=\"opinion\"><p class=\"opinion-author\">").Append(Html.Encode(opinion.Author)).Append("'s opinion</p>")
                    .Append(MarkdownHtml.Render(opinion.Markdown, cited)).Append("</div>\n");
            }

            WriteLinks(body, "Read more", summary.ReadMore.Select(l => (l.Text, l.Url)));
            WriteCitations(body, summary, map);
            body.Append("</section>\n");
        }

        private static void WriteCitations(StringBuilder body, Summary summary, SiteMap map)
        {
            if (summary.Citations.Count > 0)
            {
                body.Append("<p class=\"cites\">Cites: ");
                bool first = true;
                foreach (Citation citation in summary.Citations)
                {
                    body.Append(first ? string.Empty : "; ");
                    first = false;
                    if (citation.Summary is { } cited && map.Contains(cited))
                    {
                        body.Append("<a class=\"citation\" href=\"").Append(Root).Append(Html.Encode(map.Address(cited))).Append("\">")
                            .Append(Html.Encode(cited.Title)).Append("</a> (AN #").Append(citation.Number).Append(')');
                    }
                    else
                    {
                        body.Append(Html.Encode(citation.Text)).Append(" (AN #").Append(citation.Number).Append(')');
                    }
                }

                body.Append("</p>\n");
            }

            List<Summary> citing = summary.CitedBy.Where(map.Contains).ToList();
            if (citing.Count > 0)
            {
                body.Append("<p class=\"cited-by\">Cited by: ");
                body.AppendJoin("; ", citing.Select(c => "<a href=\"" + Root + Html.Encode(map.Address(c)) + "\">" + Html.Encode(c.Title) + "</a> (AN #" + c.Issue.Number + ")"));
                body.Append("</p>\n");
            }
        }

        private static void WriteLinks(StringBuilder body, string label, IEnumerable<(string Text, string? Url)> links)
        {
            List<(string Text, string? Url)> list = links.ToList();
            if (list.Count == 0)
            {
                return;
            }

            body.Append("<p class=\"read-more\">").Append(label).Append(": ");
            body.AppendJoin(", ", list.Select(l => l.Url is not null && Html.IsSafeUrl(l.Url)
                ? "<a href=\"" + Html.Href(l.Url) + "\">" + Html.Encode(l.Text) + "</a>"
                : Html.Encode(l.Text)));
            body.Append("</p>\n");
        }
    }
}
