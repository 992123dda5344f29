using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using AlignmentNewsletter;

namespace NewsletterSite
{
    /// <summary>
    /// Writes a static site of the newsletter from the types the generator compiled from the issues
    /// (Newsletter.All and each Summary's Markdown, links, hat tips, citations and CitedBy): plain
    /// HTML and CSS, a little script for the search, no request to any other site.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length != 1 || args[0].StartsWith('-'))
            {
                Console.Error.WriteLine("usage: NewsletterSite OUTPUT (the issues are the ones this build compiled; set NewsletterIssuesFolder to choose them)");
                return 2;
            }

            string output = Path.GetFullPath(args[0]);
            IReadOnlyList<NewsletterIssue> issues = Newsletter.All;
            IReadOnlyList<NewsletterIssue> unnumbered = Newsletter.Unnumbered;
            var map = new SiteMap(issues.Concat(unnumbered));
            Write(output, "index.html", IndexPage.Write(issues, unnumbered, map));
            foreach (NewsletterIssue issue in issues.Concat(unnumbered))
            {
                Write(output, SiteMap.IssueFolder(issue) + "index.html", IssuePage.Write(issue, map));
            }

            Write(output, "search/index.html", SearchPage.WritePage(issues));
            Write(output, "search/index.js", SearchPage.WriteIndex(issues, map));
            Write(output, "style.css", Asset("style.css"));
            Write(output, "search.js", Asset("search.js"));
            Console.WriteLine($"Wrote {issues.Count + unnumbered.Count} issues and {issues.Sum(i => i.Summaries.Count)} summaries to {output}.");
            return 0;
        }

        private static void Write(string root, string relative, string content)
        {
            string path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content, new UTF8Encoding(false));
        }

        private static string Asset(string name)
        {
            using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The site's asset {name} is missing from the build.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
