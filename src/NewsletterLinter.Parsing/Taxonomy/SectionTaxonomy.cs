using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Text;

namespace NewsletterLinter.Parsing.Taxonomy
{
    /// <summary>One known section or subsection name.</summary>
    /// <param name="Name">The canonical name, in capitals.</param>
    /// <param name="SentenceCase">The sentence-case spelling the early issues use.</param>
    /// <param name="Tier">Section, subsection or footer.</param>
    /// <param name="Order">The canonical position of a section among the sections (subsections: their position in the file).</param>
    /// <param name="Parents">For a subsection, the canonical names of the sections it may stand under.</param>
    /// <param name="IsContents">Whether the section is a table of contents holding no entries.</param>
    /// <param name="IsAlsoSection">For a subsection, whether it is also listed as a section: its header level then decides which it is.</param>
    internal sealed record TaxonomyEntry(string Name, string SentenceCase, SectionTier Tier, int Order, EquatableArray<string> Parents, bool IsContents, bool IsAlsoSection = false);

    /// <summary>
    /// The newsletter's section and subsection names with their parents and canonical order. The
    /// built-in one is read from <c>BuiltInTaxonomy.txt</c>; a project can replace it with a file
    /// in the same format.
    /// </summary>
    internal sealed class SectionTaxonomy
    {
        private static readonly Lazy<SectionTaxonomy> BuiltInInstance = new(LoadBuiltIn);

        private readonly Dictionary<string, TaxonomyEntry> _byKey;
        private readonly int _longestName;

        // The character counts of each entry's name, in the order of Entries (EditDistance.LowerBound).
        private readonly int[][] _nameCounts;

        private SectionTaxonomy(List<TaxonomyEntry> entries, List<string> errors)
        {
            Entries = entries;
            Errors = errors;
            _byKey = new Dictionary<string, TaxonomyEntry>(StringComparer.Ordinal);
            _nameCounts = new int[entries.Count][];
            for (int i = 0; i < entries.Count; i++)
            {
                TaxonomyEntry entry = entries[i];
                _byKey[Key(entry.Name)] = entry;
                _longestName = Math.Max(_longestName, entry.Name.Length);
                _nameCounts[i] = new int[EditDistance.Buckets];
                EditDistance.CountCharacters(entry.Name, _nameCounts[i]);
            }
        }

        /// <summary>The taxonomy of the real newsletter.</summary>
        public static SectionTaxonomy BuiltIn => BuiltInInstance.Value;

        /// <summary>Every known name, sections in canonical order with their subsections after them.</summary>
        public IReadOnlyList<TaxonomyEntry> Entries { get; }

        /// <summary>Lines of the taxonomy text that could not be read, as <c>line N: message</c>.</summary>
        public IReadOnlyList<string> Errors { get; }

        /// <summary>The text of the built-in taxonomy, a starting point for a replacement file.</summary>
        public static string BuiltInText
        {
            get
            {
                Assembly assembly = typeof(SectionTaxonomy).Assembly;
                using Stream stream = assembly.GetManifestResourceStream("NewsletterLinter.Parsing.Taxonomy.BuiltInTaxonomy.txt")
                    ?? throw new InvalidOperationException("The built-in section taxonomy is missing from the assembly.");
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            }
        }

        /// <summary>
        /// Reads a taxonomy: one name a line, subsections indented under their section, an optional
        /// sentence-case spelling and flags after <c>|</c>. Never throws; unreadable lines are listed in <see cref="Errors"/>.
        /// </summary>
        public static SectionTaxonomy Parse(string text)
        {
            var entries = new List<TaxonomyEntry>();
            var errors = new List<string>();
            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            string? currentSection = null;
            int order = 0;
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                string trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed[0] == '#')
                {
                    continue;
                }

                bool indented = char.IsWhiteSpace(line[0]);
                string[] columns = trimmed.Split('|').Select(c => c.Trim()).ToArray();
                string name = TextNormalizer.FoldWhitespace(columns[0]).ToUpperInvariant();
                string sentence = columns.Length > 1 && columns[1].Length > 0 ? TextNormalizer.FoldWhitespace(columns[1]) : name;
                string flag = columns.Length > 2 ? columns[2].ToLowerInvariant() : string.Empty;
                if (name.Length == 0)
                {
                    errors.Add($"line {i + 1}: a name is expected before '|'");
                    continue;
                }

                if (flag.Length > 0 && flag != "footer" && flag != "contents")
                {
                    errors.Add($"line {i + 1}: unknown flag '{columns[2]}'; expected 'footer' or 'contents'");
                }

                if (indented)
                {
                    if (currentSection is null)
                    {
                        errors.Add($"line {i + 1}: subsection '{name}' has no section above it");
                        continue;
                    }

                    AddSubsection(entries, byName, errors, i + 1, name, sentence, currentSection, ref order);
                }
                else
                {
                    if (byName.TryGetValue(name, out int listed))
                    {
                        if (entries[listed].Tier == SectionTier.Subsection)
                        {
                            // A name that stands both as a section and as a subsection.
                            entries[listed] = entries[listed] with { IsAlsoSection = true };
                            currentSection = name;
                            continue;
                        }

                        errors.Add($"line {i + 1}: section '{name}' is listed twice");
                        continue;
                    }

                    SectionTier tier = flag == "footer" ? SectionTier.Footer : SectionTier.Section;
                    byName[name] = entries.Count;
                    entries.Add(new TaxonomyEntry(name, sentence, tier, order++, EquatableArray<string>.Empty, flag == "contents"));
                    currentSection = name;
                }
            }

            return new SectionTaxonomy(entries, errors);
        }

        /// <summary>A subsection line under <paramref name="section"/>: a new entry, a further parent of a known one, or a section that may also stand as a subsection.</summary>
        private static void AddSubsection(List<TaxonomyEntry> entries, Dictionary<string, int> byName, List<string> errors, int line, string name, string sentence, string section, ref int order)
        {
            if (byName.TryGetValue(name, out int existing))
            {
                TaxonomyEntry known = entries[existing];
                if (known.Tier == SectionTier.Section && !known.IsContents)
                {
                    // A section that may also stand as a subsection: its header level decides.
                    entries[existing] = known with { Tier = SectionTier.Subsection, Parents = EquatableArray.Create(section), IsAlsoSection = true };
                }
                else if (known.Tier != SectionTier.Subsection)
                {
                    errors.Add($"line {line}: '{name}' is already a {known.Tier.ToString().ToLowerInvariant()}");
                }
                else
                {
                    entries[existing] = known with { Parents = known.Parents.Append(section).Distinct().ToEquatableArray() };
                }

                return;
            }

            byName[name] = entries.Count;
            entries.Add(new TaxonomyEntry(name, sentence, SectionTier.Subsection, order++, EquatableArray.Create(section), false));
        }

        /// <summary>Finds a name, ignoring case, emphasis, typographic punctuation and white space differences.</summary>
        public TaxonomyEntry? Find(string name) => FindKey(Key(name));

        /// <summary>As <see cref="Find"/>, for a name's comparison key (<see cref="Key"/>): a caller that also asks <see cref="SuggestKey"/> folds the name once.</summary>
        internal TaxonomyEntry? FindKey(string key) => _byKey.TryGetValue(key, out TaxonomyEntry? entry) ? entry : null;

        /// <summary>
        /// The known name nearest to <paramref name="name"/> by edit distance, when it is near enough
        /// to be a misspelling of it; otherwise null.
        /// </summary>
        public TaxonomyEntry? Suggest(string name) => SuggestKey(Key(name));

        /// <summary>As <see cref="Suggest"/>, for a name's comparison key (<see cref="Key"/>).</summary>
        internal TaxonomyEntry? SuggestKey(string key)
        {
            TaxonomyEntry? best = null;

            // A suggestion is at most a quarter of the name away (at least one edit), so nothing
            // farther is worth computing: the search starts with that bound instead of no bound.
            int bestDistance = Math.Max(1, key.Length / 4) + 1;
            var previous = new int[_longestName + 1];
            var current = new int[_longestName + 1];
            Span<int> keyCounts = stackalloc int[EditDistance.Buckets];
            EditDistance.CountCharacters(key, keyCounts);
            for (int i = 0; i < Entries.Count; i++)
            {
                // The distance is at least the difference in length, and at least the characters one
                // name has and the other lacks: an entry that cannot beat the best so far is not
                // compared at all (a long title against every short section name, MOTIVATION against
                // TECHNICAL AI ALIGNMENT).
                TaxonomyEntry entry = Entries[i];
                if (Math.Abs(key.Length - entry.Name.Length) >= bestDistance || EditDistance.LowerBound(keyCounts, _nameCounts[i]) >= bestDistance)
                {
                    continue;
                }

                int distance = EditDistance.Compute(key, entry.Name, bestDistance, previous, current);
                if (distance < bestDistance)
                {
                    best = entry;
                    bestDistance = distance;
                }
            }

            if (best is null)
            {
                return null;
            }

            int allowed = Math.Max(1, Math.Min(key.Length, best.Name.Length) / 4);
            return bestDistance <= allowed ? best : null;
        }

        /// <summary>Whether <paramref name="subsection"/> may stand under <paramref name="section"/>.</summary>
        public bool AllowsParent(TaxonomyEntry subsection, TaxonomyEntry section)
            => subsection.Tier != SectionTier.Subsection || subsection.Parents.Contains(section.Name);

        /// <summary>The comparison key of a name: capitals, folded white space, plain apostrophes.</summary>
        public static string Key(string name) => TextNormalizer.ComparisonKey(name);

        private static SectionTaxonomy LoadBuiltIn() => Parse(BuiltInText);
    }
}
