using System.Collections.Generic;
using System.Linq;
using System.Text;
using AlignmentNewsletter;

namespace NewsletterSite
{
    /// <summary>The site's front page: the archive at a glance, then every issue, newest first, with its highlights.</summary>
    internal static class IndexPage
    {
        public static string Write(IReadOnlyList<NewsletterIssue> issues, IReadOnlyList<NewsletterIssue> unnumbered, SiteMap map)
        {
            var body = new StringBuilder();
            body.Append("<h1>Alignment Newsletter</h1>\n")
                .Append("<p class=\"lead\">").Append(issues.Count).Append(" issues, ").Append(issues.Sum(i => i.Summaries.Count)).Append(" summaries.</p>\n")
                .Append("<figure>").Append(ArchiveChart.Svg(issues)).Append("<figcaption>Summaries per section in each issue, oldest to newest.</figcaption></figure>\n")
                .Append("<ol class=\"issues\" reversed>\n");
            foreach (NewsletterIssue issue in issues.OrderByDescending(i => i.Number))
            {
                string folder = SiteMap.IssueFolder(issue);
                body.Append("<li class=\"issue\" id=\"an").Append(issue.Number).Append("\"><a class=\"issue-title\" href=\"").Append(folder).Append("index.html\">")
                    .Append(Html.Encode(IssuePage.Heading(issue))).Append("</a>");
                List<Summary> highlights = issue.Highlights.ToList();
                if (highlights.Count > 0)
                {
                    body.Append("<ul class=\"highlights\">");
                    foreach (Summary summary in highlights)
                    {
                        body.Append("<li><a href=\"").Append(Html.Encode(map.Address(summary))).Append("\">").Append(Html.Encode(summary.Title)).Append("</a></li>");
                    }

                    body.Append("</ul>");
                }

                body.Append("</li>\n");
            }

            body.Append("</ol>\n");
            if (unnumbered.Count > 0)
            {
                body.Append("<h2>Also in the archive</h2>\n<ul class=\"unnumbered\">\n");
                foreach (NewsletterIssue issue in unnumbered)
                {
                    body.Append("<li><a href=\"").Append(Html.Encode(SiteMap.IssueFolder(issue))).Append("index.html\">").Append(Html.Encode(IssuePage.Heading(issue))).Append("</a></li>\n");
                }

                body.Append("</ul>\n");
            }

            return Layout.Page("Alignment Newsletter", string.Empty, body.ToString());
        }
    }
}
