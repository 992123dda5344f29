using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using NewsletterLinter.CodeAnalysis.Diagnostics;
using NewsletterLinter.CodeAnalysis.Hosting;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Parsing;

namespace NewsletterLinter.CodeAnalysis.Analyzers
{
    /// <summary>
    /// Reports the findings of the rule catalog in the issue files, at their line and column. A thin
    /// host: the rules are the parsing project's; this class parses each issue once, builds one corpus
    /// index per compilation, and turns findings into diagnostics.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NewsletterIssueAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.Rules;

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            ImmutableArray<AdditionalText> files = context.Options.AdditionalFiles;
            ImmutableArray<AdditionalText> issueFiles = BuildSettings.SelectIssueFiles(files, context.Options.AnalyzerConfigOptionsProvider);
            if (issueFiles.IsEmpty)
            {
                return;
            }

            RuleOptions options = BuildSettings.ReadRuleOptions(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions, files, out List<string> configurationErrors);
            if (configurationErrors.Count > 0)
            {
                context.RegisterCompilationEndAction(end =>
                {
                    foreach (string error in configurationErrors)
                    {
                        end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidConfiguration, Location.None, error + "; the default is used"));
                    }
                });
            }

            var corpus = new Lazy<CorpusState>(() => CorpusState.Create(issueFiles, options, context.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            var baseline = new Lazy<(Baseline Baseline, string Directory)?>(() => ReadBaseline(files, context.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            context.RegisterAdditionalFileAction(fileContext =>
            {
                CorpusState state = corpus.Value;
                if (!state.Issues.TryGetValue(fileContext.AdditionalFile, out ParsedIssue? parsed))
                {
                    return;
                }

                IReadOnlyList<Finding> findings = CorpusCheck.Check(parsed.Document, state.Index, options);
                if (findings.Count > 0 && baseline.Value is { } accepted)
                {
                    // Findings the baseline accepts are not reported; the rest are new.
                    string text = parsed.Text?.ToString() ?? string.Empty;
                    findings = accepted.Baseline.Match(findings.Select(f => (f, text)), accepted.Directory).New;
                }

                foreach (Finding finding in findings)
                {
                    fileContext.ReportDiagnostic(ToDiagnostic(finding, parsed));
                }
            });
        }

        /// <summary>The baseline among the additional files (<c>newsletter-lint.baseline</c>), and its folder; null when there is none.</summary>
        private static (Baseline Baseline, string Directory)? ReadBaseline(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
        {
            foreach (AdditionalText file in files)
            {
                if (string.Equals(System.IO.Path.GetFileName(file.Path), Baseline.FileName, StringComparison.OrdinalIgnoreCase)
                    && file.GetText(cancellationToken) is { } text)
                {
                    Baseline baseline = Baseline.Parse(text.ToString(), out _);
                    return baseline.Entries.Count == 0 ? null : (baseline, System.IO.Path.GetDirectoryName(file.Path) ?? string.Empty);
                }
            }

            return null;
        }

        private static Diagnostic ToDiagnostic(Finding finding, ParsedIssue parsed)
        {
            Location location = CreateLocation(parsed.Path, parsed.Text, finding.Span);
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
            if (finding.Fix is { } fix)
            {
                properties = FixProperties.Create(fix);
            }

            return Diagnostic.Create(DiagnosticDescriptors.ForRule(finding.RuleId), location, properties, finding.Message);
        }

        internal static Location CreateLocation(string path, SourceText? text, SourceSpan span)
        {
            int length = text?.Length ?? 0;
            int start = Math.Min(span.Offset, length);
            int end = Math.Min(span.Offset + span.Length, length);
            var linePosition = new LinePositionSpan(
                new LinePosition(span.Line - 1, span.Column - 1),
                new LinePosition(span.EndLine - 1, span.EndColumn - 1));
            return Location.Create(path, TextSpan.FromBounds(start, end), linePosition);
        }

        /// <summary>One issue file, its text and its parsed document.</summary>
        private sealed class ParsedIssue
        {
            public ParsedIssue(string path, SourceText? text, IssueDocument document)
            {
                Path = path;
                Text = text;
                Document = document;
            }

            public string Path { get; }

            public SourceText? Text { get; }

            public IssueDocument Document { get; }
        }

        /// <summary>Every issue of the compilation, parsed once, and the index the cross-file rules share.</summary>
        private sealed class CorpusState
        {
            private CorpusState(Dictionary<AdditionalText, ParsedIssue> issues, CorpusIndex index)
            {
                Issues = issues;
                Index = index;
            }

            public Dictionary<AdditionalText, ParsedIssue> Issues { get; }

            public CorpusIndex Index { get; }

            public static CorpusState Create(ImmutableArray<AdditionalText> files, RuleOptions options, CancellationToken cancellationToken)
            {
                ParserOptions parserOptions = options.ToParserOptions();
                var issues = new Dictionary<AdditionalText, ParsedIssue>();
                var documents = new List<IssueDocument>();
                foreach (AdditionalText file in files)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    SourceText? text = file.GetText(cancellationToken);
                    IssueDocument document = text is null
                        ? IssueParser.Unreadable(file.Path, "The file cannot be read.")
                        : IssueParseCache.Parse(text, file.Path, parserOptions);
                    issues[file] = new ParsedIssue(file.Path, text, document);
                    documents.Add(document);
                }

                return new CorpusState(issues, CorpusCheck.Index(documents));
            }
        }
    }
}
