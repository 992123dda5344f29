using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Taxonomy
{
    /// <summary>The category the newsletter's record (its database of summaries) files a summary under.</summary>
    internal static class RecordCategory
    {
        /// <summary>The summary's subsection, or its section, in the taxonomy's sentence case; null before any section.</summary>
        public static string? Of(Summary summary, SectionTaxonomy taxonomy)
        {
            string? name = summary.Subsection ?? summary.Section;
            return name is null ? null : taxonomy.Find(name)?.SentenceCase ?? name;
        }
    }
}
