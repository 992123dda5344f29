using System.Collections.Generic;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>
    /// One rule of the catalog: what it is (<see cref="Info"/>, from which the documentation, the
    /// SARIF rule metadata, <c>rules</c>/<c>explain</c> and the Roslyn descriptors are made) and its
    /// checks. A rule with no check here is reported by the hosts (AN0005, the configuration).
    /// </summary>
    internal abstract class IssueRule
    {
        /// <summary>The rule's catalog entry.</summary>
        public abstract RuleInfo Info { get; }

        /// <summary>Adds the rule's findings on the issue alone.</summary>
        public virtual void Check(RuleContext context, List<Finding> findings)
        {
        }

        /// <summary>Adds the rule's findings that need the other issues of the archive.</summary>
        public virtual void CheckCrossFile(RuleContext context, CorpusIndex index, List<Finding> findings)
        {
        }
    }

    /// <summary>The issue and options one check runs with, and what several rules read of the issue, computed once.</summary>
    internal sealed class RuleContext
    {
        private bool? _structured;
        private HeaderNames? _names;

        public RuleContext(IssueDocument issue, RuleOptions options)
        {
            Issue = issue;
            Options = options;
        }

        /// <summary>The issue checked.</summary>
        public IssueDocument Issue { get; }

        /// <summary>The options of the check.</summary>
        public RuleOptions Options { get; }

        /// <summary>Whether the issue's headers are mostly known sections: the header rules apply only then.</summary>
        public bool IsStructuredAsIssue => _structured ??= HeaderFacts.IsStructuredAsIssue(Issue);

        /// <summary>The issue's casing convention for header names.</summary>
        public HeaderNames HeaderNames => _names ??= HeaderNames.Of(Issue, Options.Taxonomy);
    }
}
