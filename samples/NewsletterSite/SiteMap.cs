using System.Collections.Generic;
using AlignmentNewsletter;

namespace NewsletterSite
{
    /// <summary>Where each issue and summary of the site lives: its page and its anchor.</summary>
    internal sealed class SiteMap
    {
        private readonly Dictionary<Summary, string> _anchors = new(ReferenceEqualityComparer.Instance);

        public SiteMap(IEnumerable<NewsletterIssue> issues)
        {
            foreach (NewsletterIssue issue in issues)
            {
                for (int i = 0; i < issue.Summaries.Count; i++)
                {
                    Summary summary = issue.Summaries[i];
                    _anchors[summary] = "s" + (i + 1) + "-" + Html.Slug(summary.Title);
                }
            }
        }

        /// <summary>The folder of an issue's page, from the site's root: <c>issues/99/</c>, or for one without a number a name made from its file (<c>issues/an-retrospective-one-year/</c>).</summary>
        public static string IssueFolder(NewsletterIssue issue)
            => "issues/" + (issue.HasNumber ? issue.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : Html.Slug(System.IO.Path.GetFileNameWithoutExtension(issue.FileName))) + "/";

        /// <summary>The anchor of a summary on its issue's page.</summary>
        public string Anchor(Summary summary) => _anchors.TryGetValue(summary, out string? anchor) ? anchor : string.Empty;

        /// <summary>Whether the site has a page for the summary's issue.</summary>
        public bool Contains(Summary summary) => _anchors.ContainsKey(summary);

        /// <summary>The address of a summary from the site's root: <c>issues/99/index.html#s1-ai-and-efficiency</c>.</summary>
        public string Address(Summary summary) => IssueFolder(summary.Issue) + "index.html#" + Anchor(summary);
    }
}
