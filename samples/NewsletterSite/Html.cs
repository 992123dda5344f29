using System;
using System.Net;
using System.Text;

namespace NewsletterSite
{
    /// <summary>What the site writes into HTML: every text escaped, every URL checked.</summary>
    internal static class Html
    {
        /// <summary><paramref name="text"/> as HTML text or a quoted attribute value: no issue text becomes markup.</summary>
        public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

        /// <summary>
        /// Whether <paramref name="url"/> may be a link or image destination: http, https, mailto, or a
        /// relative path or fragment. A browser ignores tabs, newlines and controls inside a scheme
        /// (<c>java&#9;script:</c>), so they are dropped before the scheme is read.
        /// </summary>
        public static bool IsSafeUrl(string? url)
        {
            if (string.IsNullOrWhiteSpace(url))
            {
                return false;
            }

            var cleaned = new StringBuilder(url.Length);
            foreach (char c in url.Trim())
            {
                if (c > ' ' && c != '\u007f')
                {
                    cleaned.Append(c);
                }
            }

            string value = cleaned.ToString();
            int colon = value.IndexOf(':');
            int stop = value.IndexOfAny(new[] { '/', '?', '#' });
            if (colon < 0 || (stop >= 0 && stop < colon))
            {
                return true;
            }

            string scheme = value.Substring(0, colon).ToLowerInvariant();
            return scheme is "http" or "https" or "mailto";
        }

        /// <summary>An <c>href</c> value: the URL escaped when it is safe, else a fragment that goes nowhere; a root-relative path is the newsletter's LessWrong one.</summary>
        public static string Href(string? url) => IsSafeUrl(url) ? Encode(Absolute(url)) : "#";

        /// <summary>The issues' root-relative paths (<c>/posts/...</c>) are LessWrong's: outside it they need its address.</summary>
        public static string? Absolute(string? url)
            => url is { Length: > 1 } && url[0] == '/' && url[1] != '/' ? "https://www.lesswrong.com" + url : url;

        /// <summary>A fragment identifier made of the text's letters and digits: <c>s3-ai-and-efficiency</c>.</summary>
        public static string Slug(string text, int maxLength = 60)
        {
            var slug = new StringBuilder();
            bool dash = false;
            foreach (char c in text.ToLowerInvariant())
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    if (dash && slug.Length > 0)
                    {
                        slug.Append('-');
                    }

                    slug.Append(c);
                    dash = false;
                    if (slug.Length >= maxLength)
                    {
                        break;
                    }
                }
                else
                {
                    dash = true;
                }
            }

            return slug.ToString();
        }
    }
}
