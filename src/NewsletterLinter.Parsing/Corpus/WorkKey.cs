using System;

namespace NewsletterLinter.Parsing.Corpus
{
    /// <summary>
    /// What identifies the work behind a link, for matching a citation to the summary of that work:
    /// one LessWrong or Alignment Forum post under either domain, a relative <c>/posts/</c> path or an
    /// <c>/s/</c> sequence path; one arXiv paper as <c>abs</c> or <c>pdf</c>, any version; one OpenReview
    /// or PMLR paper as its page or its PDF; otherwise
    /// the URL without its scheme, <c>www.</c>, fragment and trailing slash (<see cref="CorpusIndex.UrlKey"/>).
    /// </summary>
    internal static class WorkKey
    {
        private static readonly string[] ForumHosts = { "lesswrong.com", "lesserwrong.com", "alignmentforum.org", "greaterwrong.com" };

        /// <summary>The key of <paramref name="url"/>; two links to the same work have the same key.</summary>
        public static string Of(string url)
        {
            string key = CorpusIndex.UrlKey(url);
            int slash = key.IndexOf('/');
            string host = slash < 0 ? key : key.Substring(0, slash);
            string path = slash < 0 ? string.Empty : key.Substring(slash);
            if (host.Length == 0 || Array.IndexOf(ForumHosts, host) >= 0)
            {
                return ForumPost(path) ?? key;
            }

            return host switch
            {
                "arxiv.org" => ArxivPaper(path) ?? key,
                "openreview.net" => OpenReviewPaper(path) ?? key,
                "proceedings.mlr.press" => ProceedingsPaper(path) ?? key,
                _ => key,
            };
        }

        /// <summary><c>/forum?id=X</c> and <c>/pdf?id=X</c> are paper X.</summary>
        private static string? OpenReviewPaper(string path)
        {
            int id = path.IndexOf("?id=", StringComparison.Ordinal);
            bool page = path.StartsWith("/forum?", StringComparison.Ordinal) || path.StartsWith("/pdf?", StringComparison.Ordinal);
            if (!page || id < 0)
            {
                return null;
            }

            int end = path.IndexOf('&', id);
            return "openreview:" + (end < 0 ? path.Substring(id + 4) : path.Substring(id + 4, end - id - 4));
        }

        /// <summary>PMLR's <c>/v97/name.html</c> and <c>/v97/name/name.pdf</c> are paper v97/name.</summary>
        private static string? ProceedingsPaper(string path)
        {
            string[] parts = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && parts[1].EndsWith(".html", StringComparison.Ordinal))
            {
                return "pmlr:" + parts[0] + "/" + parts[1].Substring(0, parts[1].Length - 5);
            }

            return parts.Length == 3 && parts[2] == parts[1] + ".pdf" ? "pmlr:" + parts[0] + "/" + parts[1] : null;
        }

        /// <summary><c>/posts/ID/...</c> and <c>/s/SEQ/p/ID</c> are post ID; <c>/s/SEQ</c> is the sequence.</summary>
        private static string? ForumPost(string path)
        {
            string[] parts = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && parts[0] == "posts")
            {
                return "post:" + parts[1];
            }

            if (parts.Length >= 4 && parts[0] == "s" && parts[2] == "p")
            {
                return "post:" + parts[3];
            }

            return parts.Length == 2 && parts[0] == "s" ? "sequence:" + parts[1] : null;
        }

        /// <summary><c>/abs/1234.5678v2</c> and <c>/pdf/1234.5678.pdf</c> are paper 1234.5678.</summary>
        private static string? ArxivPaper(string path)
        {
            string[] parts = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || (parts[0] != "abs" && parts[0] != "pdf"))
            {
                return null;
            }

            string id = string.Join("/", parts, 1, parts.Length - 1);
            if (id.EndsWith(".pdf", StringComparison.Ordinal))
            {
                id = id.Substring(0, id.Length - 4);
            }

            int version = id.LastIndexOf('v');
            if (version > 0 && version < id.Length - 1 && IsDigits(id, version + 1) && char.IsDigit(id[version - 1]))
            {
                id = id.Substring(0, version);
            }

            return "arxiv:" + id;
        }

        private static bool IsDigits(string text, int from)
        {
            for (int i = from; i < text.Length; i++)
            {
                if (!char.IsDigit(text[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
