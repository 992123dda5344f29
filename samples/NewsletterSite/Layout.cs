using System.Text;

namespace NewsletterSite
{
    /// <summary>The page every page of the site is written into: its head, its navigation, its style sheet.</summary>
    internal static class Layout
    {
        /// <summary>A whole page; <paramref name="root"/> is the way back to the site's root (<c>../../</c>), <paramref name="body"/> HTML already escaped.</summary>
        public static string Page(string title, string root, string body, string? script = null)
        {
            var page = new StringBuilder(body.Length + 1024);
            page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'\">\n")
                .Append("<title>").Append(Html.Encode(title)).Append("</title>\n")
                .Append("<link rel=\"stylesheet\" href=\"").Append(root).Append("style.css\">\n</head>\n<body>\n")
                .Append("<header class=\"site\"><a href=\"").Append(root).Append("index.html\">Alignment Newsletter</a>")
                .Append("<nav><a href=\"").Append(root).Append("index.html\">Issues</a> <a href=\"").Append(root).Append("search/index.html\">Search</a></nav></header>\n")
                .Append("<main>\n").Append(body).Append("</main>\n");
            if (script is not null)
            {
                page.Append(script);
            }

            return page.Append("</body>\n</html>\n").ToString();
        }
    }
}
