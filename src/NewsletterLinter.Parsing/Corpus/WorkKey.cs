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
        public static string Of(string url) => OfUrlKey(CorpusIndex.UrlKey(url));

        /// <summary>The key of a URL already reduced by <see cref="CorpusIndex.UrlKey"/>; most keys are returned as they are.</summary>
        public static string OfUrlKey(string key)
        {
            int slash = key.IndexOf('/');
            int hostLength = slash < 0 ? key.Length : slash;
            if (hostLength == 0 || IsForumHost(key, hostLength))
            {
                return ForumPost(key, hostLength) ?? key;
            }

            if (HostIs(key, hostLength, "arxiv.org"))
            {
                return ArxivPaper(key.Substring(hostLength)) ?? key;
            }

            if (HostIs(key, hostLength, "openreview.net"))
            {
                return OpenReviewPaper(key.Substring(hostLength)) ?? key;
            }

            return HostIs(key, hostLength, "proceedings.mlr.press") ? ProceedingsPaper(key.Substring(hostLength)) ?? key : key;
        }

        private static bool IsForumHost(string key, int hostLength)
        {
            foreach (string host in ForumHosts)
            {
                if (HostIs(key, hostLength, host))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HostIs(string key, int hostLength, string host)
            => hostLength == host.Length && string.CompareOrdinal(key, 0, host, 0, hostLength) == 0;

        /// <summary><c>/posts/ID/...</c> and <c>/s/SEQ/p/ID</c> are post ID; <c>/s/SEQ</c> is the sequence; read without splitting the path.</summary>
        private static string? ForumPost(string key, int pathStart)
        {
            int first = Segment(key, pathStart, out int firstEnd);
            if (first < 0)
            {
                return null;
            }

            int second = Segment(key, firstEnd, out int secondEnd);
            if (second < 0)
            {
                return null;
            }

            if (Is(key, first, firstEnd, "posts"))
            {
                return "post:" + key.Substring(second, secondEnd - second);
            }

            if (!Is(key, first, firstEnd, "s"))
            {
                return null;
            }

            int third = Segment(key, secondEnd, out int thirdEnd);
            if (third < 0)
            {
                return "sequence:" + key.Substring(second, secondEnd - second);
            }

            int fourth = Segment(key, thirdEnd, out int fourthEnd);
            return fourth >= 0 && Is(key, third, thirdEnd, "p") ? "post:" + key.Substring(fourth, fourthEnd - fourth) : null;
        }

        /// <summary>The start of the next non-empty path segment at or after <paramref name="from"/>, or -1; its end in <paramref name="end"/>.</summary>
        private static int Segment(string key, int from, out int end)
        {
            int start = from;
            while (start < key.Length && key[start] == '/')
            {
                start++;
            }

            end = start;
            while (end < key.Length && key[end] != '/')
            {
                end++;
            }

            return end > start ? start : -1;
        }

        private static bool Is(string key, int start, int end, string segment)
            => end - start == segment.Length && string.CompareOrdinal(key, start, segment, 0, segment.Length) == 0;

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
