using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>
    /// An issue's casing convention for its header names, which AN3003 and AN3005 share: capitals or
    /// sentence case, whichever its known headers mostly use. Each known header's taxonomy entry and
    /// written name are looked up once, here.
    /// </summary>
    internal sealed class HeaderNames
    {
        private HeaderNames((TaxonomyEntry Entry, string Written)[] known, bool useCapitals)
        {
            Known = known;
            UseCapitals = useCapitals;
        }

        /// <summary>Per header of the issue, in order: its taxonomy entry and its name as written (default for unknown headers).</summary>
        public (TaxonomyEntry Entry, string Written)[] Known { get; }

        /// <summary>Whether the issue writes its headers in capitals (otherwise in sentence case).</summary>
        public bool UseCapitals { get; }

        /// <summary>The convention of <paramref name="issue"/>.</summary>
        public static HeaderNames Of(IssueDocument issue, SectionTaxonomy taxonomy)
        {
            int capitals = 0, sentence = 0;
            var known = new (TaxonomyEntry Entry, string Written)[issue.Headers.Count];
            for (int i = 0; i < known.Length; i++)
            {
                Section header = issue.Headers[i];
                if (!header.IsKnown)
                {
                    continue;
                }

                TaxonomyEntry entry = taxonomy.Find(header.Name)!;
                string written = HeaderFacts.WrittenName(header);
                known[i] = (entry, written);
                if (written == entry.Name)
                {
                    capitals++;
                }
                else if (written == entry.SentenceCase)
                {
                    sentence++;
                }
            }

            return new HeaderNames(known, capitals >= sentence);
        }
    }
}
