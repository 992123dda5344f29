using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Cli.Tests.Lsp
{
    /// <summary>
    /// A real editor: Neovim (0.7 or later) headless, with its built-in LSP client, opens a sample
    /// issue, attaches the server, waits for the diagnostics, applies a code action and checks the
    /// buffer. Skipped when <c>nvim</c> is not installed; <c>.ci/run</c> installs it.
    /// </summary>
    [Trait("Category", "Slow")]
    public class NeovimTests
    {
        private const string Script = """
            local out = os.getenv('NEWSLETTER_OUT')
            local function say(text)
              local file = io.open(out, 'a')
              file:write(text .. '\n')
              file:close()
            end
            local function code(d)
              return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
            end
            local function count(buf, id)
              local n = 0
              for _, d in ipairs(vim.diagnostic.get(buf)) do
                if code(d) == id then n = n + 1 end
              end
              return n
            end

            vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('NEWSLETTER_ISSUE')))
            local buf = vim.api.nvim_get_current_buf()
            local id = vim.lsp.start_client({
              name = 'newsletter-lint',
              cmd = { 'dotnet', os.getenv('NEWSLETTER_SERVER'), 'lsp' },
              root_dir = os.getenv('NEWSLETTER_ROOT'),
            })
            vim.lsp.buf_attach_client(buf, id)
            vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
            say('diagnostics ' .. #vim.diagnostic.get(buf))

            local target
            for _, d in ipairs(vim.diagnostic.get(buf)) do
              if code(d) == 'AN1003' then target = d end
            end
            say('AN1003 ' .. count(buf, 'AN1003'))

            local client = vim.lsp.get_client_by_id(id)
            local params = {
              textDocument = { uri = vim.uri_from_bufnr(buf) },
              range = { start = { line = target.lnum, character = target.col }, ['end'] = { line = target.end_lnum, character = target.end_col } },
              context = { diagnostics = {}, only = { 'quickfix' } },
            }
            local response = client.request_sync('textDocument/codeAction', params, 20000, buf)
            local actions = response and response.result or {}
            say('actions ' .. #actions)
            say('title ' .. (actions[1] and actions[1].title or ''))
            vim.lsp.util.apply_workspace_edit(actions[1].edit, client.offset_encoding or 'utf-16')
            say('line ' .. vim.api.nvim_buf_get_lines(buf, target.lnum, target.lnum + 1, false)[1])

            vim.wait(20000, function() return count(buf, 'AN1003') == 0 end, 50)
            say('after ' .. count(buf, 'AN1003'))
            client.stop()
            vim.cmd('qa!')
            """;

        [SkippableFact]
        public void Neovim_shows_the_findings_and_applies_a_quick_fix()
        {
            string? nvim = Find("nvim");
            Skip.If(nvim is null, "Neovim (nvim) is not installed; .ci/run installs it with apt-get");
            using TempFolder folder = TempFolder.WithSamples();
            string script = folder.File("newsletter.lua");
            string output = folder.File("result.txt");
            File.WriteAllText(script, Script);

            var start = new ProcessStartInfo(nvim!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = folder.Path };
            foreach (string argument in new[] { "--headless", "--clean", "-n", "-c", "luafile " + script })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["NEWSLETTER_OUT"] = output;
            start.Environment["NEWSLETTER_ISSUE"] = folder.File("AN-176.md");
            start.Environment["NEWSLETTER_ROOT"] = folder.Path;
            start.Environment["NEWSLETTER_SERVER"] = Path.Combine(AppContext.BaseDirectory, "newsletter-lint.dll");
            using Process process = Process.Start(start)!;
            if (!process.WaitForExit(120000))
            {
                process.Kill(entireProcessTree: true);
            }

            string result = File.Exists(output) ? File.ReadAllText(output) : "(no output)";
            string[] lines = result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length >= 6, "Neovim stopped early:\n" + result + "\n" + process.StandardError.ReadToEnd());
            Assert.True(int.Parse(lines.Single(l => l.StartsWith("diagnostics ")).Substring(12)) >= 10, result);
            Assert.Equal("AN1003 1", lines.Single(l => l.StartsWith("AN1003 ")));
            Assert.Equal("title Write 'AN #137'", lines.Single(l => l.StartsWith("title ")));
            Assert.Contains("write one reference badly (AN #137).", lines.Single(l => l.StartsWith("line ")));
            Assert.Equal("after 0", lines.Single(l => l.StartsWith("after ")));

            // The editor changed its buffer; the server wrote nothing.
            Assert.Equal(File.ReadAllText(TestPaths.Sample("AN-176.md")), File.ReadAllText(folder.File("AN-176.md")));
        }

        private static string? Find(string program)
            => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Select(directory => Path.Combine(directory, program))
                .FirstOrDefault(File.Exists);
    }
}
