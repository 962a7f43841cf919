package org.wirewatch.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints a bash/zsh completion script for every verb and option, generated from the command
 * model itself, so it never falls behind the verbs.
 */
@Command(name = "completion",
        description = {"Print a completion script for bash and zsh, made from the command's own verbs and options.",
            "bash: source <(wirewatch completion)   (or save it in /etc/bash_completion.d/wirewatch)",
            "zsh:  autoload -U +X compinit && compinit; source <(wirewatch completion)"})
final class CompletionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        String script = AutoComplete.bash("wirewatch", spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
    }
}
