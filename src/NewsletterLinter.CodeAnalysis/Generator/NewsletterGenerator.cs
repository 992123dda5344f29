using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsletterLinter.CodeAnalysis.Diagnostics;
using NewsletterLinter.CodeAnalysis.Hosting;
using NewsletterLinter.Parsing;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.CodeAnalysis.Generator
{
    /// <summary>
    /// Compiles the newsletter issues in <c>AdditionalFiles</c> into strongly typed objects: a class per
    /// issue with a property per summary, and the <c>Newsletter</c> catalog. Pipeline: text, parsed per
    /// file; models per issue; C# per issue plus one catalog. Diagnostics about the issues come from the
    /// analyzers; the generator reports only its own failures (NLG001).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class NewsletterGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
                .Select((provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.Options);

            IncrementalValueProvider<string?> taxonomyText = context.AdditionalTextsProvider
                .Combine(options)
                .Where(pair => pair.Right.TaxonomyFile is not null && PathEndsWith(pair.Left.Path, pair.Right.TaxonomyFile))
                .Select((pair, cancellationToken) => pair.Left.GetText(cancellationToken)?.ToString())
                .Collect()
                .Select((texts, _) => texts.FirstOrDefault());

            IncrementalValueProvider<ParserSettings> parserSettings = options
                .Combine(taxonomyText)
                .Select((pair, _) => new ParserSettings(pair.Left.EditorName, pair.Right));

            IncrementalValuesProvider<FlaggedFile> issueFiles = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, _) => new FlaggedFile(pair.Left, BuildSettings.IssueFlag(pair.Left, pair.Right)))
                .Where(file => file.Flag == "true" || (file.Flag is null && BuildSettings.IsMarkdownIssueCandidate(file.File)));

            IncrementalValuesProvider<ParsedFile> parsed = issueFiles
                .Combine(parserSettings)
                .Select((pair, cancellationToken) => Parse(pair.Left.File, pair.Left.Flag, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.ParsedFile);

            IncrementalValuesProvider<IssueModel> issues = parsed
                .Collect()
                .SelectMany((files, _) => IssueModelBuilder.Build(files))
                .WithTrackingName(TrackingNames.IssueModels);

            IncrementalValueProvider<string?> runtimeType = context.CompilationProvider
                .Select((compilation, _) => compilation.GetTypeByMetadataName(RuntimeIssueType) is null ? null : RuntimeIssueType)
                .WithTrackingName(TrackingNames.RuntimeAvailable);

            // The options of the emitters, or null when the runtime library is not referenced (nothing
            // is emitted then). Every node from here on holds references or pairs of references: the
            // compiler has those node tables compiled ahead of time (or compiled already for its own
            // generators), where a pair holding a bool or an ImmutableArray is compiled by the JIT in
            // every new compiler process.
            IncrementalValueProvider<GeneratorOptions?> emitOptions = options
                .Combine(runtimeType)
                .Select((pair, _) => pair.Right is null ? null : pair.Left);

            IncrementalValueProvider<Catalog> catalog = issues
                .Select((issue, _) => new CatalogEntry(issue.Number, issue.PropertyName, issue.ClassName, issue.Title))
                .WithTrackingName(TrackingNames.CatalogEntries)
                .Collect()
                .Select((entries, _) => new Catalog(entries.ToEquatableArray()));

            // Registered first, so that the compiler runs it before the outputs below ask for the
            // parsed issues one at a time: the issues parsed ahead on every core into the parse
            // cache. A command-line build runs a generator on one thread and otherwise leaves the
            // second core idle meanwhile. An implementation output, which IDEs do not run: there
            // the issues are parsed as they are edited, one at a time, and nothing is gained.
            context.RegisterImplementationSourceOutput(
                issueFiles.Collect().Combine(parserSettings).Combine(context.CompilationProvider),
                static (spc, input) => ParseAhead(input.Left.Left, input.Left.Right, input.Right, spc.CancellationToken));

            context.RegisterSourceOutput(issues.Combine(emitOptions), static (spc, input) =>
            {
                (IssueModel issue, GeneratorOptions? generatorOptions) = input;
                if (generatorOptions is not null)
                {
                    Emit(spc, issue.ClassName + ".g.cs", issue.FileName, () => IssueEmitter.Emit(issue, generatorOptions));
                }
            });

            context.RegisterSourceOutput(catalog.Combine(emitOptions), static (spc, input) =>
            {
                (Catalog issueCatalog, GeneratorOptions? generatorOptions) = input;
                if (generatorOptions is not null && !issueCatalog.Entries.IsEmpty)
                {
                    Emit(spc, "Newsletter.g.cs", "the catalog", () => CatalogEmitter.Emit(issueCatalog.Entries, generatorOptions));
                }
            });
        }

        /// <summary>The type whose presence says the runtime library is referenced.</summary>
        private const string RuntimeIssueType = "AlignmentNewsletter.NewsletterIssue";

        private static void Emit(SourceProductionContext context, string hintName, string what, Func<string> emit)
        {
            string source;
            try
            {
                source = emit();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratorFailure, Location.None, what, exception.Message));
                return;
            }

            context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }

        private static ParsedFile Parse(AdditionalText file, string? flag, ParserSettings settings, CancellationToken cancellationToken)
        {
            SourceText? text = file.GetText(cancellationToken);
            if (text is null)
            {
                return new ParsedFile(file.Path, flag, null);
            }

            ParserOptions options = ParserOptionsOf(settings);
            IssueDocument document = IssueParseCache.Parse(text, file.Path, options);
            return ParsedFile.Of(file.Path, flag, document, SummaryContentCache.Get(text, document, options));
        }

        /// <summary>
        /// Parses the issues not yet in the parse cache on every core, and slices their summaries'
        /// Markdown and texts (<see cref="SummaryContentCache"/>; the parse step reads them next);
        /// meanwhile the compiler binds the references for the runtime check
        /// (<see cref="RuntimeIssueType"/>), which it would otherwise do alone afterwards. What
        /// the pipeline computes does not change: its steps find the work done.
        /// </summary>
        private static void ParseAhead(ImmutableArray<FlaggedFile> files, ParserSettings settings, Compilation compilation, CancellationToken cancellationToken)
        {
            if (files.Length < 2)
            {
                return;
            }

            Task references = Task.Run(() => compilation.GetTypeByMetadataName(RuntimeIssueType), cancellationToken);
            ParserOptions parserOptions = ParserOptionsOf(settings);
            try
            {
                Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                {
                    AdditionalText file = files[i].File;
                    SourceText? text = file.GetText(cancellationToken);
                    if (text is not null)
                    {
                        IssueDocument document = IssueParseCache.Parse(text, file.Path, parserOptions);
                        _ = SummaryContentCache.Get(text, document, parserOptions);
                    }
                });
                references.Wait(cancellationToken);
            }
            catch (AggregateException)
            {
                // What fails here fails again in the step that needs it, which reports it.
            }
        }

        private static ParserOptions ParserOptionsOf(ParserSettings settings) =>
            new() { EditorName = settings.EditorName, Taxonomy = TaxonomyCache.Get(settings.TaxonomyText) };

        private static bool PathEndsWith(string path, string name)
        {
            string normalized = path.Replace('\\', '/');
            string wanted = name.Replace('\\', '/').TrimStart('/');
            return normalized.EndsWith("/" + wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(normalized, wanted, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>What parsing depends on; value-equal.</summary>
        private sealed record ParserSettings(string EditorName, string? TaxonomyText);

        /// <summary>An additional file and its <c>NewsletterIssue</c> metadata.</summary>
        private sealed record FlaggedFile(AdditionalText File, string? Flag);

        /// <summary>The catalog's entries, value-equal.</summary>
        private sealed record Catalog(EquatableArray<CatalogEntry> Entries);

        /// <summary>One <see cref="SectionTaxonomy"/> per distinct taxonomy text, so parser options compare equal.</summary>
        private static class TaxonomyCache
        {
            private static readonly Dictionary<string, SectionTaxonomy> Cache = new(StringComparer.Ordinal);

            public static SectionTaxonomy Get(string? text)
            {
                if (text is null)
                {
                    return SectionTaxonomy.BuiltIn;
                }

                lock (Cache)
                {
                    if (!Cache.TryGetValue(text, out SectionTaxonomy? taxonomy))
                    {
                        if (Cache.Count > 16)
                        {
                            Cache.Clear();
                        }

                        Cache[text] = taxonomy = SectionTaxonomy.Parse(text);
                    }

                    return taxonomy;
                }
            }
        }
    }
}
