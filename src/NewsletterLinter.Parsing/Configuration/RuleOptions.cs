using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.Parsing.Configuration
{
    /// <summary>The header style the section rules expect.</summary>
    internal enum HeaderStylePolicy
    {
        /// <summary>Whatever style each tier mostly uses in the issue.</summary>
        Consistent,

        /// <summary>Setext underlines (ATX allowed only for levels 3 and below, which setext cannot write).</summary>
        Setext,

        /// <summary>ATX <c>#</c> headers.</summary>
        Atx,

        /// <summary>Plain capitals lines.</summary>
        Plain,
    }

    /// <summary>An inclusive range of issue numbers.</summary>
    /// <param name="First">The first number.</param>
    /// <param name="Last">The last number.</param>
    internal readonly record struct IssueRange(int First, int Last)
    {
        /// <summary>Whether <paramref name="number"/> is in the range.</summary>
        public bool Contains(int number) => number >= First && number <= Last;

        /// <inheritdoc/>
        public override string ToString() => First == Last ? First.ToString(CultureInfo.InvariantCulture) : $"{First}-{Last}";

        /// <summary>Reads <c>1-173</c> or <c>42</c>; null when the text is not a range.</summary>
        public static IssueRange? Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            string[] parts = text!.Trim().Split('-');
            if (parts.Length is < 1 or > 2
                || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int first)
                || (parts.Length == 2 && !int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                return null;
            }

            int last = parts.Length == 2 ? int.Parse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture) : first;
            return last >= first ? new IssueRange(first, last) : null;
        }
    }

    /// <summary>
    /// The rule options. The same keys are MSBuild properties (<c>build_property.Newsletter*</c>) for
    /// the analyzers and lines of the command-line tool's configuration file.
    /// </summary>
    internal sealed record RuleOptions
    {
        /// <summary>The options when nothing is configured.</summary>
        public static readonly RuleOptions Default = new();

        /// <summary>The option keys, as MSBuild property names.</summary>
        public static class Keys
        {
            /// <summary>Who <c>My opinion</c> belongs to. Default <c>Rohin</c>.</summary>
            public const string Editor = "NewsletterEditor";

            /// <summary>Sections whose summaries need an opinion, separated by <c>;</c> or <c>,</c>. Default <c>HIGHLIGHTS</c>.</summary>
            public const string OpinionSections = "NewsletterOpinionSections";

            /// <summary>Issue numbers that exist outside the corpus, such as <c>1-173</c>. Default none.</summary>
            public const string ExternalIssues = "NewsletterExternalIssues";

            /// <summary><c>consistent</c>, <c>setext</c>, <c>atx</c> or <c>plain</c>. Default <c>consistent</c>.</summary>
            public const string HeaderStyle = "NewsletterHeaderStyle";

            /// <summary>A taxonomy file that replaces the built-in one.</summary>
            public const string TaxonomyFile = "NewsletterTaxonomyFile";

            /// <summary>
            /// The heading layouts the archive keeps, such as <c>highlights=2,sections=1,subsections=3</c>,
            /// several separated by <c>;</c> or <c>|</c>. Default: learned from the issues.
            /// </summary>
            public const string HeadingLevels = "NewsletterHeadingLevels";
        }

        /// <summary>Who <c>My opinion</c> and <c>Should you read it?</c> belong to.</summary>
        public string EditorName { get; init; } = "Rohin";

        /// <summary>The canonical names of the sections whose summaries need an opinion.</summary>
        public IReadOnlyCollection<string> OpinionSections { get; init; } = new[] { "HIGHLIGHTS" };

        /// <summary>Issue numbers that references may name although the corpus does not hold them.</summary>
        public IssueRange? ExternalIssues { get; init; }

        /// <summary>The header style to expect.</summary>
        public HeaderStylePolicy HeaderStyle { get; init; } = HeaderStylePolicy.Consistent;

        /// <summary>The section taxonomy.</summary>
        public SectionTaxonomy Taxonomy { get; init; } = SectionTaxonomy.BuiltIn;

        /// <summary>The heading layouts to hold issues to; null to learn them from the issues checked.</summary>
        public HeadingConventions? HeadingLevels { get; init; }

        /// <summary>The parser options that go with these rule options.</summary>
        public ParserOptions ToParserOptions() => new() { EditorName = EditorName, Taxonomy = Taxonomy };

        /// <summary>
        /// Reads options from key/value pairs (MSBuild properties or a configuration file). Values that
        /// cannot be read are reported in <paramref name="errors"/> and leave the default in place.
        /// </summary>
        public static RuleOptions FromValues(Func<string, string?> lookup, Func<string, string?>? readTaxonomy, out List<string> errors)
        {
            errors = new List<string>();
            var options = new RuleOptions();
            string? editor = lookup(Keys.Editor);
            if (!string.IsNullOrWhiteSpace(editor))
            {
                options = options with { EditorName = editor!.Trim() };
            }

            string? sections = lookup(Keys.OpinionSections);
            if (sections is not null)
            {
                options = options with
                {
                    OpinionSections = sections.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
                        .Select(s => SectionTaxonomy.Key(s))
                        .Where(s => s.Length > 0)
                        .ToArray(),
                };
            }

            string? external = lookup(Keys.ExternalIssues);
            if (!string.IsNullOrWhiteSpace(external))
            {
                IssueRange? range = IssueRange.Parse(external);
                if (range is null)
                {
                    errors.Add($"{Keys.ExternalIssues} '{external}' is not a range such as '1-173'");
                }
                else
                {
                    options = options with { ExternalIssues = range };
                }
            }

            string? style = lookup(Keys.HeaderStyle);
            if (!string.IsNullOrWhiteSpace(style))
            {
                switch (style!.Trim().ToLowerInvariant())
                {
                    case "consistent": options = options with { HeaderStyle = HeaderStylePolicy.Consistent }; break;
                    case "setext": options = options with { HeaderStyle = HeaderStylePolicy.Setext }; break;
                    case "atx": options = options with { HeaderStyle = HeaderStylePolicy.Atx }; break;
                    case "plain": options = options with { HeaderStyle = HeaderStylePolicy.Plain }; break;
                    default: errors.Add($"{Keys.HeaderStyle} '{style}' is not one of consistent, setext, atx, plain"); break;
                }
            }

            string? headingLevels = lookup(Keys.HeadingLevels);
            if (!string.IsNullOrWhiteSpace(headingLevels))
            {
                var layouts = new List<HeadingLayout>();
                foreach (string text in headingLevels!.Split(new[] { ';', '|' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (HeadingLayout.Parse(text) is { } layout)
                    {
                        layouts.Add(layout);
                    }
                    else
                    {
                        errors.Add($"{Keys.HeadingLevels} '{text.Trim()}' is not a layout such as 'highlights=2,sections=1,subsections=3'");
                    }
                }

                if (layouts.Count > 0)
                {
                    options = options with { HeadingLevels = HeadingConventions.Explicit(layouts) };
                }
            }

            string? taxonomyFile = lookup(Keys.TaxonomyFile);
            if (!string.IsNullOrWhiteSpace(taxonomyFile) && readTaxonomy is not null)
            {
                string? text = readTaxonomy(taxonomyFile!.Trim());
                if (text is null)
                {
                    errors.Add($"{Keys.TaxonomyFile} '{taxonomyFile}' was not found");
                }
                else
                {
                    SectionTaxonomy taxonomy = SectionTaxonomy.Parse(text);
                    errors.AddRange(taxonomy.Errors.Select(e => $"{taxonomyFile}: {e}"));
                    options = options with { Taxonomy = taxonomy };
                }
            }

            return options;
        }
    }
}
