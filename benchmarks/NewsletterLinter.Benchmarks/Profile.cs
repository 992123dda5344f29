using System;
using System.Diagnostics;
using Markdig;
using Markdig.Syntax;
using NewsletterLinter.Parsing;
using NewsletterLinter.Parsing.Markdown;

namespace NewsletterLinter.Benchmarks
{
    internal static class Profile
    {
        public static void Run()
        {
            var files = Corpus.Load();
            var pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation().Build();
            for (int round = 0; round < (Environment.GetEnvironmentVariable("ROUNDS") is { } r ? int.Parse(r) : 5); round++)
            {
                var sw = Stopwatch.StartNew();
                foreach (var (_, text) in files) { Markdown.Parse(text, pipeline); }
                long markdig = sw.ElapsedMilliseconds; sw.Restart();
                foreach (var (_, text) in files)
                {
                    var doc = Markdown.Parse(text, pipeline);
                    foreach (var block in doc.Descendants<LeafBlock>()) { if (block.Inline is not null) InlineText.FromBlock(block, text); }
                }
                long inline = sw.ElapsedMilliseconds; sw.Restart();
                foreach (var (_, text) in files) { NewsletterLinter.Parsing.Markdown.Flatten.MarkdownView.Prepare(text); }
                long view = sw.ElapsedMilliseconds; sw.Restart();
                int units = 0;
                foreach (var (_, text) in files)
                {
                    var doc = Markdown.Parse(text, pipeline);
                    foreach (var unit in NewsletterLinter.Parsing.Markdown.Flatten.TextUnitReader.Read(doc, text, NewsletterLinter.Parsing.Taxonomy.SectionTaxonomy.BuiltIn)) { units++; }
                }
                long flatten = sw.ElapsedMilliseconds; sw.Restart();
                foreach (var (path, text) in files) { IssueParser.Parse(text, path); }
                long parse = sw.ElapsedMilliseconds; sw.Restart();
                NewsletterLinter.Parsing.Rules.IssueRules.CheckAll(files, NewsletterLinter.Parsing.Rules.RuleOptions.Default);
                long rules = sw.ElapsedMilliseconds;
                Console.WriteLine($"markdig {markdig} ms, markdig+inline {inline} ms, view {view} ms, markdig+flatten {flatten} ms, parse {parse} ms, parse+rules {rules} ms");
            }
        }
    }
}
