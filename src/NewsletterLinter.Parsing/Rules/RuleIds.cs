namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>The ids of every rule by name, for the hosts; each is written in its rule's file. Stable once shipped.</summary>
    internal static class RuleIds
    {
        /// <summary>The issue number cannot be determined.</summary>
        public const string IssueNumberMissing = AN0001IssueNumberMissing.Id;

        /// <summary>Two files claim the same issue number.</summary>
        public const string DuplicateIssueNumber = AN0002DuplicateIssueNumber.Id;

        /// <summary>The file is unreadable, not UTF-8 or over the size limit.</summary>
        public const string UnreadableFile = AN0003UnreadableFile.Id;

        /// <summary>A paragraph looks like a summary entry but its header is malformed.</summary>
        public const string MalformedEntryHeader = AN0004MalformedEntryHeader.Id;

        /// <summary>A Newsletter* option or the taxonomy file cannot be read.</summary>
        public const string InvalidConfiguration = AN0005InvalidConfiguration.Id;

        /// <summary>The text marks more summary entries than were read.</summary>
        public const string UnreadEntries = AN0006UnreadEntries.Id;

        /// <summary>A reference names no issue of the corpus or the external range.</summary>
        public const string DanglingReference = AN1001DanglingReference.Id;

        /// <summary>A reference to the issue itself or to a later issue.</summary>
        public const string SelfOrForwardReference = AN1002SelfOrForwardReference.Id;

        /// <summary>A reference not written <c>AN #N</c>.</summary>
        public const string MalformedReference = AN1003MalformedReference.Id;

        /// <summary>The title cited next to a reference does not occur in the referenced issue.</summary>
        public const string CitedTitleNotFound = AN1004CitedTitleNotFound.Id;

        /// <summary>A citation names no summary of the cited issue.</summary>
        public const string CitedSummaryNotFound = AN1005CitedSummaryNotFound.Id;

        /// <summary>A summary in a section that requires an opinion has none.</summary>
        public const string MissingOpinion = AN2001MissingOpinion.Id;

        /// <summary>An opinion with no summary before it in its section.</summary>
        public const string OrphanOpinion = AN2002OrphanOpinion.Id;

        /// <summary>The same person gives two opinions on one summary.</summary>
        public const string DuplicateOpinion = AN2003DuplicateOpinion.Id;

        /// <summary>An opinion with no text.</summary>
        public const string EmptyOpinion = AN2004EmptyOpinion.Id;

        /// <summary>An opinion label not written <c>Name's opinion:</c>.</summary>
        public const string MalformedOpinionLabel = AN2005MalformedOpinionLabel.Id;

        /// <summary>Header styles mixed within one issue.</summary>
        public const string MixedHeaderStyles = AN3001MixedHeaderStyles.Id;

        /// <summary>Inconsistent heading level for one tier, or a skipped level.</summary>
        public const string InconsistentHeadingLevel = AN3002InconsistentHeadingLevel.Id;

        /// <summary>A section name the taxonomy does not know.</summary>
        public const string UnknownSection = AN3003UnknownSection.Id;

        /// <summary>A subsection under a parent the taxonomy does not allow.</summary>
        public const string MisplacedSubsection = AN3004MisplacedSubsection.Id;

        /// <summary>Header casing or stray white space differs from the taxonomy.</summary>
        public const string HeaderSpelling = AN3005HeaderSpelling.Id;

        /// <summary>The same section twice in one issue.</summary>
        public const string DuplicateSection = AN3006DuplicateSection.Id;

        /// <summary>Sections out of the canonical order.</summary>
        public const string SectionOrder = AN3007SectionOrder.Id;
    }
}
