using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsletterLinter.CodeAnalysis.Generator
{
    /// <summary>Valid, readable, collision-free C# identifiers from newsletter titles.</summary>
    internal static class IdentifierNames
    {
        private const int MaxLength = 64;

        /// <summary>Members of the generated issue classes that a summary property must not hide.</summary>
        private static readonly HashSet<string> Reserved = new()
        {
            "Number", "Title", "FileName", "Preamble", "Sections", "Summaries", "Highlights", "Initialize", "Instance",
            "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
        };

        /// <summary>The catalog property of issue <paramref name="number"/>: <c>AN099</c>, <c>AN1234</c>.</summary>
        public static string IssuePropertyName(int number) => "AN" + number.ToString("D3", CultureInfo.InvariantCulture);

        /// <summary>The class of issue <paramref name="number"/>: <c>AN099Issue</c>.</summary>
        public static string IssueClassName(int number) => IssuePropertyName(number) + "Issue";

        /// <summary>
        /// A PascalCase identifier from the words of <paramref name="title"/>: "AI and Efficiency" gives
        /// <c>AIAndEfficiency</c>; a leading digit gets an underscore, a keyword an <c>@</c>.
        /// </summary>
        public static string FromTitle(string title)
        {
            var builder = new StringBuilder();
            bool startOfWord = true;
            foreach (char c in title)
            {
                if (SyntaxFacts.IsIdentifierPartCharacter(c) && c != '_' && !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
                {
                    if (builder.Length >= MaxLength && startOfWord)
                    {
                        break;
                    }

                    builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                    startOfWord = false;
                }
                else
                {
                    startOfWord = true;
                }
            }

            string name = builder.Length == 0 ? "Summary" : builder.ToString();
            if (!SyntaxFacts.IsIdentifierStartCharacter(name[0]))
            {
                name = "_" + name;
            }

            if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None)
            {
                name = "@" + name;
            }

            return name;
        }

        /// <summary>Unique property names for titles, in order; <paramref name="className"/> and reserved members are avoided.</summary>
        public static List<string> Unique(IEnumerable<string> titles, string className)
        {
            var used = new HashSet<string>(Reserved) { className };
            var names = new List<string>();
            foreach (string title in titles)
            {
                string baseName = FromTitle(title);
                string plain = baseName.TrimStart('@');
                if (used.Contains(plain))
                {
                    baseName = plain + "Summary";
                }

                string name = baseName;
                for (int i = 2; used.Contains(name.TrimStart('@')); i++)
                {
                    name = baseName.TrimStart('@') + i.ToString(CultureInfo.InvariantCulture);
                }

                used.Add(name.TrimStart('@'));
                names.Add(name);
            }

            return names;
        }
    }
}
