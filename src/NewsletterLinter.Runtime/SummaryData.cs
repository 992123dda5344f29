using System;
using System.ComponentModel;
using System.Globalization;

namespace AlignmentNewsletter
{
    /// <summary>
    /// Reads the compact form in which generated code holds an issue's summaries and sections: one
    /// string each per issue instead of a constructor call per summary and section, which the compiler reads far faster (the
    /// build of a project holding the whole archive depends on it). Generated code calls this; apps
    /// read the typed properties and <see cref="NewsletterIssue.Summaries"/>.
    /// </summary>
    /// <remarks>
    /// The form is a sequence of fields. A string is its length in decimal, a colon and its
    /// characters (<c>5:Hello</c>); a null string is <c>~</c>; a number or a flag is written as a
    /// string; a list is its count, then its items. Each summary is: title, URL, authors, summarizers,
    /// section, subsection, highlight flag (<c>1</c>/<c>0</c>), Markdown, text (as a recipe over the
    /// Markdown, see <see cref="Recipe"/>), line, opinions (author, Markdown, text as a recipe,
    /// links), references (issue numbers), Read more links (text, URL), links
    /// (text, URL), hat tips, prerequisites, category, citations (text, URL, issue number, index of
    /// the cited summary in that issue or -1), cited by (issue number, summary index). The sections are a list of sections,
    /// each: name, level, line, subsections (a list of sections).
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class SummaryData
    {
        /// <summary>The summaries of <paramref name="issue"/> held in <paramref name="data"/>.</summary>
        public static Summary[] Read(NewsletterIssue issue, string data, Func<int, NewsletterIssue?> resolve)
        {
            if (issue is null)
            {
                throw new ArgumentNullException(nameof(issue));
            }

            var reader = new Reader(data ?? throw new ArgumentNullException(nameof(data)));
            var summaries = new Summary[reader.Count()];
            for (int i = 0; i < summaries.Length; i++)
            {
                string title = reader.String() ?? string.Empty;
                string? url = reader.String();
                string[] authors = reader.Strings();
                string[] summarizers = reader.Strings();
                string? section = reader.String();
                string? subsection = reader.String();
                bool highlight = reader.String() == "1";
                string markdown = reader.String() ?? string.Empty;
                string text = Recipe(reader.String() ?? string.Empty, markdown);
                int line = reader.Count();
                var opinions = new Opinion[reader.Count()];
                for (int k = 0; k < opinions.Length; k++)
                {
                    string author = reader.String() ?? string.Empty;
                    string opinionMarkdown = reader.String() ?? string.Empty;
                    opinions[k] = new Opinion(author, Recipe(reader.String() ?? string.Empty, opinionMarkdown));
                    opinions[k].SetContent(opinionMarkdown, reader.Links());
                }

                var references = new IssueReference[reader.Count()];
                for (int k = 0; k < references.Length; k++)
                {
                    references[k] = new IssueReference(reader.Count(), resolve);
                }

                var readMore = new ReadMoreLink[reader.Count()];
                for (int k = 0; k < readMore.Length; k++)
                {
                    readMore[k] = new ReadMoreLink(reader.String() ?? string.Empty, reader.String());
                }

                summaries[i] = new Summary(issue, title, url, authors, summarizers, section, subsection, highlight, text, line, opinions, references, readMore);
                Link[] links = reader.Links();
                string[] hatTips = reader.Strings();
                string? prerequisites = reader.String();
                string? category = reader.String();
                var citations = new Citation[reader.Count()];
                for (int k = 0; k < citations.Length; k++)
                {
                    citations[k] = new Citation(reader.String() ?? string.Empty, reader.String(), reader.Count(), reader.Count(), resolve);
                }

                var citedBy = new (int Number, int Index)[reader.Count()];
                for (int k = 0; k < citedBy.Length; k++)
                {
                    citedBy[k] = (reader.Count(), reader.Count());
                }

                summaries[i].SetContent(markdown, links, hatTips, prerequisites, category, citations, citedBy, resolve);
            }

            return summaries;
        }

        /// <summary>The sections held in <paramref name="data"/>, in order, with their subsections.</summary>
        public static NewsletterSection[] ReadSections(string data)
        {
            var reader = new Reader(data ?? throw new ArgumentNullException(nameof(data)));
            return Sections(reader, depth: 0);
        }

        private static NewsletterSection[] Sections(Reader reader, int depth)
        {
            int count = reader.Count();
            if (count == 0)
            {
                return Array.Empty<NewsletterSection>();
            }

            if (depth > 8)
            {
                throw new FormatException("Section data nests too deep.");
            }

            var sections = new NewsletterSection[count];
            for (int i = 0; i < sections.Length; i++)
            {
                string name = reader.String() ?? string.Empty;
                int level = reader.Count();
                int line = reader.Count();
                sections[i] = new NewsletterSection(name, level, line, Sections(reader, depth + 1));
            }

            return sections;
        }

        /// <summary>
        /// A plain text made from its Markdown: <c>c</c>N copies the next N characters of the
        /// Markdown, <c>s</c>N skips N, <c>i</c>N<c>:</c> inserts the N characters that follow.
        /// </summary>
        private static string Recipe(string recipe, string markdown)
        {
            var text = new System.Text.StringBuilder(markdown.Length);
            int at = 0, from = 0;
            while (at < recipe.Length)
            {
                char op = recipe[at++];
                int digits = at;
                while (at < recipe.Length && recipe[at] >= '0' && recipe[at] <= '9')
                {
                    at++;
                }

                int count = int.Parse(recipe.Substring(digits, at - digits), NumberStyles.None, CultureInfo.InvariantCulture);
                if (op == 'c')
                {
                    if (from + count > markdown.Length)
                    {
                        throw new FormatException("A summary's text copies past its Markdown.");
                    }

                    text.Append(markdown, from, count);
                    from += count;
                }
                else if (op == 's')
                {
                    from += count;
                }
                else if (op == 'i' && at < recipe.Length && recipe[at] == ':' && at + 1 + count <= recipe.Length)
                {
                    text.Append(recipe, at + 1, count);
                    at += 1 + count;
                }
                else
                {
                    throw new FormatException("A summary's text recipe is malformed.");
                }
            }

            return text.ToString();
        }

        private sealed class Reader
        {
            private readonly string _data;
            private int _at;

            public Reader(string data) => _data = data;

            public string? String()
            {
                if (_at < _data.Length && _data[_at] == '~')
                {
                    _at++;
                    return null;
                }

                int colon = _data.IndexOf(':', _at);
                if (colon < 0)
                {
                    throw new FormatException("Summary data ends before a field.");
                }

                int length = int.Parse(_data.Substring(_at, colon - _at), NumberStyles.None, CultureInfo.InvariantCulture);
                string value = _data.Substring(colon + 1, length);
                _at = colon + 1 + length;
                return value;
            }

            public int Count() => int.Parse(String() ?? "0", NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

            public Link[] Links()
            {
                var links = new Link[Count()];
                for (int i = 0; i < links.Length; i++)
                {
                    links[i] = new Link(String() ?? string.Empty, String());
                }

                return links;
            }

            public string[] Strings()
            {
                var values = new string[Count()];
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = String() ?? string.Empty;
                }

                return values;
            }
        }
    }
}
