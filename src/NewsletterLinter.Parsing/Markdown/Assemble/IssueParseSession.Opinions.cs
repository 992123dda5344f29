using System;
using System.Collections.Generic;
using System.Text;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Text;
using SourceSpan = NewsletterLinter.Parsing.Model.SourceSpan;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <content>Opinions: a label starts one, on the open entry or as an orphan.</content>
    internal sealed partial class IssueParseSession
    {
        private void StartOpinion(InlineText inline, OpinionLabel label)
        {
            ScanReferences(inline, out List<Reference> found);
            string author = label.Kind == OpinionKind.Named ? label.Name! : _options.EditorName;
            int labelSourceEnd = inline.SourceEndOffset(label.LabelEnd);
            int labelSourceStart = inline.SourceStart;

            // The label's span covers its emphasis markers: **Rohin's opinion:**.
            foreach (InlineEmphasis emphasis in inline.Emphases)
            {
                if (emphasis.Start == 0 && emphasis.End >= label.LabelEnd - 1 && emphasis.End <= label.LabelEnd + 1)
                {
                    labelSourceEnd = Math.Max(labelSourceEnd, emphasis.SourceEnd);
                }
            }

            string labelText = inline.Text.Substring(0, Math.Min(label.LabelEnd, inline.Text.Length)).Trim();
            SourceSpan labelSpan = _lines.Span(labelSourceStart, labelSourceEnd);
            string rawLabel = _text.Substring(labelSpan.Offset, labelSpan.Length);
            var opinion = new OpinionBuilder(author, label.Kind, labelText, rawLabel, labelSpan, label.IsWellFormed, inline.SourceStart)
            {
                End = inline.SourceEnd,
            };
            opinion.Text.AddTrimmed(inline.Text, label.LabelEnd);
            EntryBuilder.AddLinks(opinion.Links, inline, label.LabelEnd);

            opinion.References.AddRange(found);
            if (_entry is not null)
            {
                _entry.Opinions.Add(opinion);
                _entry.References.AddRange(found);
                _entry.End = Math.Max(_entry.End, inline.SourceEnd);
                _opinion = opinion;
            }
            else
            {
                CloseOrphan();
                _orphan = opinion;
            }
        }

        private void CloseOrphan()
        {
            if (_orphan is null)
            {
                return;
            }

            _orphans.Add(_orphan.Build(_lines));
            _orphan = null;
        }
    }
}
