using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using AlignmentNewsletter;

namespace NewsletterSite
{
    /// <summary>
    /// The search: a page whose script searches every summary (title, authors, summarizers, category,
    /// text) in an index written next to it, with filters for category, summarizer and highlights.
    /// The query and filters live in the page's address (<c>?q=debate&amp;summarizer=Rohin</c>), so a
    /// search can be linked. The index is a script, not JSON fetched, so the site also works from files.
    /// </summary>
    internal static class SearchPage
    {
        public static string WritePage(IReadOnlyList<NewsletterIssue> issues)
        {
            List<Summary> all = issues.SelectMany(i => i.Summaries).ToList();
            var body = new StringBuilder();
            body.Append("<h1>Search the summaries</h1>\n<form id=\"search\" role=\"search\">\n")
                .Append("<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Title, author, summarizer, words\" aria-label=\"Search\">\n")
                .Append("<select id=\"category\" name=\"category\" aria-label=\"Category\"><option value=\"\">Every category</option>");
            foreach (string category in all.Select(s => s.Category).OfType<string>().Distinct().OrderBy(c => c, System.StringComparer.OrdinalIgnoreCase))
            {
                body.Append("<option value=\"").Append(Html.Encode(category)).Append("\">").Append(Html.Encode(category)).Append("</option>");
            }

            body.Append("</select>\n<select id=\"summarizer\" name=\"summarizer\" aria-label=\"Summarizer\"><option value=\"\">Every summarizer</option>");
            foreach (string name in all.SelectMany(s => s.Summarizers).Distinct().OrderBy(n => n, System.StringComparer.OrdinalIgnoreCase))
            {
                body.Append("<option value=\"").Append(Html.Encode(name)).Append("\">").Append(Html.Encode(name)).Append("</option>");
            }

            body.Append("</select>\n<label><input id=\"highlights\" name=\"highlights\" type=\"checkbox\" value=\"1\"> Highlights only</label>\n</form>\n")
                .Append("<p id=\"count\" aria-live=\"polite\"></p>\n<ol id=\"results\"></ol>\n");
            string scripts = "<script src=\"index.js\"></script>\n<script src=\"../search.js\"></script>\n";
            return Layout.Page("Search the summaries", "../", body.ToString(), scripts);
        }

        /// <summary>The index as a script: <c>window.newsletterIndex = [...]</c>, every string JSON-escaped (no <c>&lt;</c>, <c>&gt;</c> or <c>&amp;</c> left raw).</summary>
        public static string WriteIndex(IReadOnlyList<NewsletterIssue> issues, SiteMap map)
        {
            var entries = issues.OrderByDescending(i => i.Number).SelectMany(i => i.Summaries).Select(s => new IndexEntry(
                s.Title,
                string.Join(", ", s.Authors),
                s.Summarizers.ToArray(),
                s.Category ?? string.Empty,
                s.IsHighlight,
                s.Issue.Number,
                "../" + map.Address(s),
                s.Text));
            string json = JsonSerializer.Serialize(entries, SiteJson.Default.IEnumerableIndexEntry);
            return "window.newsletterIndex = " + json + ";\n";
        }
    }

    /// <summary>One summary in the search index.</summary>
    internal sealed record IndexEntry(string Title, string Authors, string[] Summarizers, string Category, bool Highlight, int Issue, string Address, string Text);
}
