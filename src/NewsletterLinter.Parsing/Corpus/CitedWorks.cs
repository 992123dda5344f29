using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Corpus
{
    /// <summary>What a summary is a summary of, for resolving the citations of it: its title's key and a link's work (a title that links several works has one of these for each).</summary>
    /// <param name="Summary">The index of the summary in its issue.</param>
    /// <param name="TitleKey">The title as <see cref="CorpusIndex.TitleKey"/> reduces it.</param>
    /// <param name="Work">The title link's <see cref="Corpus.WorkKey"/>, or null when the title is not a link.</param>
    internal readonly record struct SummaryWork(int Summary, string TitleKey, string? Work);

    /// <summary>
    /// Which summary a citation names: the one whose link is the cited link's work (the same post
    /// under another domain or path, the same paper as <c>abs</c> or <c>pdf</c>), else the one whose
    /// title is the cited text, else the one whose title holds it or is held in it.
    /// </summary>
    internal static class CitedWorks
    {
        // A shorter title must be this long to stand for a longer one: "Debate" is a word, not a title.
        private const int MinimumPartialTitle = 12;

        /// <summary>The works of an issue's summaries, in order.</summary>
        public static EquatableArray<SummaryWork> Of(IssueDocument issue)
        {
            var works = new List<SummaryWork>(issue.Summaries.Count);
            for (int i = 0; i < issue.Summaries.Count; i++)
            {
                Summary summary = issue.Summaries[i];
                Add(works, i, summary, CorpusIndex.TitleKey(summary.Title), summary.Url is null ? null : CorpusIndex.UrlKey(summary.Url));
            }

            return new EquatableArray<SummaryWork>(works.ToArray());
        }

        /// <summary>Adds the works of summary <paramref name="index"/>, whose title and link keys the caller has already made.</summary>
        public static void Add(List<SummaryWork> works, int index, Summary summary, string titleKey, string? urlKey)
        {
            works.Add(new SummaryWork(index, titleKey, urlKey is null ? null : WorkKey.OfUrlKey(urlKey)));
            foreach (string url in summary.MoreTitleUrls)
            {
                works.Add(new SummaryWork(index, titleKey, WorkKey.Of(url)));
            }
        }

        /// <summary>Whether <paramref name="reference"/> cites a work: a link written just before it.</summary>
        public static bool IsCitation(Reference reference) => reference.CitedTitle is not null;

        /// <summary>The index in its issue of the summary among <paramref name="works"/> cited as <paramref name="text"/> linked to <paramref name="url"/>, or -1.</summary>
        public static int Find(IReadOnlyList<SummaryWork> works, string text, string? url)
        {
            int byWork = url is null ? -1 : ByWork(works, WorkKey.Of(url), text);
            int found = byWork >= 0 ? byWork : ByTitle(works, CorpusIndex.TitleKey(text));
            return found < 0 ? -1 : works[found].Summary;
        }

        /// <summary>
        /// The summary of the work <paramref name="work"/>; when several summarize it (a paper and a
        /// part of it), the one whose title is the cited text (its key computed only then).
        /// </summary>
        private static int ByWork(IReadOnlyList<SummaryWork> works, string work, string text)
        {
            int first = -1;
            bool several = false;
            for (int i = 0; i < works.Count; i++)
            {
                if (works[i].Work == work)
                {
                    several |= first >= 0 && works[first].Summary != works[i].Summary;
                    first = first < 0 ? i : first;
                }
            }

            if (!several)
            {
                return first;
            }

            string key = CorpusIndex.TitleKey(text);
            for (int i = first; i < works.Count; i++)
            {
                if (works[i].Work == work && works[i].TitleKey == key)
                {
                    return i;
                }
            }

            return first;
        }

        private static int ByTitle(IReadOnlyList<SummaryWork> works, string key)
        {
            if (key.Length == 0)
            {
                return -1;
            }

            for (int i = 0; i < works.Count; i++)
            {
                if (works[i].TitleKey == key)
                {
                    return i;
                }
            }

            for (int i = 0; i < works.Count; i++)
            {
                string title = works[i].TitleKey;
                bool holds = key.Length >= MinimumPartialTitle && title.IndexOf(key, StringComparison.Ordinal) >= 0;
                bool held = title.Length >= MinimumPartialTitle && key.IndexOf(title, StringComparison.Ordinal) >= 0;
                if (holds || held)
                {
                    return i;
                }
            }

            return ByAcronym(works, key);
        }

        /// <summary>A cited acronym such as GAIL: the one summary whose title's word initials spell it.</summary>
        private static int ByAcronym(IReadOnlyList<SummaryWork> works, string key)
        {
            if (key.Length < 2 || key.Length > 8 || key.IndexOf(' ') >= 0)
            {
                return -1;
            }

            int found = -1;
            for (int i = 0; i < works.Count; i++)
            {
                if (Initials(works[i].TitleKey) == key)
                {
                    if (found >= 0 && works[found].Summary != works[i].Summary)
                    {
                        return -1;
                    }

                    found = i;
                }
            }

            return found;
        }

        private static string Initials(string titleKey)
        {
            var initials = new System.Text.StringBuilder();
            foreach (string word in titleKey.Split(' '))
            {
                if (word.Length > 0)
                {
                    initials.Append(word[0]);
                }
            }

            return initials.ToString();
        }
    }
}
