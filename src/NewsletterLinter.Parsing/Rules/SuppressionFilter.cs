using System;
using System.Collections.Generic;
using System.Linq;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>
    /// Applies the issue's <c>an-lint</c> comments: <c>disable</c> and <c>enable</c> switch rules off and on
    /// from their line on; <c>disable-next-line</c> and <c>disable-line</c> silence one line. A comment
    /// without ids applies to every rule.
    /// </summary>
    internal static class SuppressionFilter
    {
        public static bool IsSuppressed(Finding finding, IReadOnlyList<Suppression> suppressions)
        {
            if (suppressions.Count == 0)
            {
                return false;
            }

            int line = finding.Span.Line;
            bool disabled = false;
            foreach (Suppression suppression in suppressions)
            {
                if (!Applies(suppression, finding.RuleId))
                {
                    continue;
                }

                switch (suppression.Kind)
                {
                    case SuppressionKind.Disable when suppression.Line <= line:
                        disabled = true;
                        break;
                    case SuppressionKind.Enable when suppression.Line <= line:
                        disabled = false;
                        break;
                    case SuppressionKind.DisableNextLine when suppression.Line + 1 == line:
                        return true;
                    case SuppressionKind.DisableLine when suppression.Line == line:
                        return true;
                }
            }

            return disabled;
        }

        private static bool Applies(Suppression suppression, string ruleId)
            => suppression.RuleIds.IsEmpty || suppression.RuleIds.Any(id => string.Equals(id, ruleId, StringComparison.OrdinalIgnoreCase));
    }
}
