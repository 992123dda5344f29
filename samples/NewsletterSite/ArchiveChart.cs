using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AlignmentNewsletter;

namespace NewsletterSite
{
    /// <summary>
    /// The archive at a glance: one stacked bar per issue, oldest to newest, its summaries counted by
    /// top-level section, drawn as SVG when the site is built (no chart library, no script).
    /// </summary>
    internal static class ArchiveChart
    {
        private static readonly string[] Colors = { "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#9c755f" };

        private const int Height = 180;
        private const int MaxBars = 400;

        /// <summary>The chart's SVG element, every text in it escaped.</summary>
        public static string Svg(IReadOnlyList<NewsletterIssue> issues)
        {
            List<NewsletterIssue> shown = issues.OrderBy(i => i.Number).TakeLast(MaxBars).ToList();
            List<string> sections = TopSections(shown);
            int tallest = Math.Max(1, shown.Count == 0 ? 1 : shown.Max(i => i.Summaries.Count));
            double barWidth = Math.Max(2, Math.Min(24, 720.0 / Math.Max(1, shown.Count)));
            double width = Math.Max(barWidth * shown.Count + 40, 40 + sections.Sum(s => 22 + s.Length * 5.6));
            var svg = new StringBuilder();
            svg.Append(Invariant($"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {width:0.#} {Height + 40}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">"))
               .Append("<title>Summaries per section in each issue</title>");
            for (int x = 0; x < shown.Count; x++)
            {
                NewsletterIssue issue = shown[x];
                double y = Height;
                foreach (IGrouping<string, Summary> group in issue.Summaries.GroupBy(s => SectionOf(s, sections)).OrderBy(g => sections.IndexOf(g.Key)))
                {
                    double h = (double)group.Count() / tallest * (Height - 10);
                    y -= h;
                    string color = Colors[Math.Min(sections.IndexOf(group.Key), Colors.Length - 1)];
                    svg.Append(Invariant($"<rect x=\"{30 + x * barWidth:0.##}\" y=\"{y:0.##}\" width=\"{Math.Max(1, barWidth - 1):0.##}\" height=\"{h:0.##}\" fill=\"{color}\">"))
                       .Append("<title>").Append(Html.Encode($"AN #{issue.Number}: {group.Count()} in {group.Key}")).Append("</title></rect>");
                }
            }

            svg.Append(Invariant($"<text x=\"2\" y=\"12\" font-size=\"10\">{tallest}</text><text x=\"2\" y=\"{Height}\" font-size=\"10\">0</text>"));
            if (shown.Count > 0)
            {
                svg.Append(Invariant($"<text x=\"30\" y=\"{Height + 14}\" font-size=\"10\">AN #{shown[0].Number}</text>"))
                   .Append(Invariant($"<text x=\"{width - 10:0.##}\" y=\"{Height + 14}\" font-size=\"10\" text-anchor=\"end\">AN #{shown[^1].Number}</text>"));
            }

            double legendX = 30;
            for (int k = 0; k < sections.Count; k++)
            {
                svg.Append(Invariant($"<rect x=\"{legendX:0.#}\" y=\"{Height + 24}\" width=\"10\" height=\"10\" fill=\"{Colors[Math.Min(k, Colors.Length - 1)]}\"/>"))
                   .Append(Invariant($"<text x=\"{legendX + 14:0.#}\" y=\"{Height + 33}\" font-size=\"10\">")).Append(Html.Encode(sections[k])).Append("</text>");
                legendX += 22 + sections[k].Length * 5.6;
            }

            return svg.Append("</svg>").ToString();
        }

        /// <summary>The five sections with the most summaries, then "Other" for the rest.</summary>
        private static List<string> TopSections(IEnumerable<NewsletterIssue> issues)
        {
            List<string> top = issues.SelectMany(i => i.Summaries).GroupBy(s => Name(s.Section))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key).Where(k => k != "Other").Take(Colors.Length - 1).ToList();
            top.Add("Other");
            return top;
        }

        private static string SectionOf(Summary summary, List<string> sections)
            => sections.Contains(Name(summary.Section)) ? Name(summary.Section) : "Other";

        /// <summary>A section as the chart names it: the issues spell one section in capitals or in sentence case.</summary>
        private static string Name(string? section) => section is null ? "Other" : section.ToUpperInvariant();

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
