namespace NewsletterLinter.Parsing.Model
{
    /// <summary>How a section header is written.</summary>
    internal enum HeaderStyle
    {
        /// <summary>Text underlined with <c>===</c> (level 1) or <c>---</c> (level 2).</summary>
        Setext,

        /// <summary>Text after one to six <c>#</c> characters.</summary>
        Atx,

        /// <summary>A paragraph that is only bold text, such as <c>**Highlights**</c>.</summary>
        BoldParagraph,

        /// <summary>A line that is only the section name, such as <c>HIGHLIGHTS</c>.</summary>
        PlainCapitals,
    }

    /// <summary>Where a section sits in the newsletter's structure.</summary>
    internal enum SectionTier
    {
        /// <summary>A top-level section such as HIGHLIGHTS or TECHNICAL AI ALIGNMENT.</summary>
        Section,

        /// <summary>A subsection such as ROBUSTNESS under TECHNICAL AI ALIGNMENT.</summary>
        Subsection,

        /// <summary>The closing sections, FEEDBACK and PODCAST, which the newsletter writes at their own level.</summary>
        Footer,
    }

    /// <summary>Where an issue's number was found.</summary>
    internal enum IssueNumberSource
    {
        /// <summary>No number was found.</summary>
        None,

        /// <summary>A <c>number:</c> key in YAML front matter.</summary>
        FrontMatter,

        /// <summary>The issue's title, such as <c>[AN #137]</c> or <c>Alignment Newsletter #13</c>.</summary>
        Title,

        /// <summary>The file name, such as <c>AN-099.md</c>.</summary>
        FileName,
    }

    /// <summary>The kind of label that starts an opinion.</summary>
    internal enum OpinionKind
    {
        /// <summary><c>Name's opinion:</c></summary>
        Named,

        /// <summary><c>My opinion:</c>, the editor's.</summary>
        Mine,

        /// <summary><c>Should you read it?</c>, the editor's, in the earliest issues.</summary>
        ShouldYouReadIt,
    }
}
