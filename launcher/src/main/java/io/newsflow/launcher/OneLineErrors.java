package io.newsflow.launcher;

import io.newsflow.contracts.LogFormat;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line mistake as one line on standard error, exit status 2, no usage dump and no stack trace:
 * {@code newsflow run: --port="abc": expected a port 1-65535 (0 picks a free one)}. A wrong value already says what
 * was expected; any other mistake (an unknown option, a missing value) adds where to look.
 */
final class OneLineErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + message(e));
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String message(ParameterException e) {
        if (e.getCause() instanceof TypeConversionException wrong && e.getArgSpec() instanceof OptionSpec option) {
            return LogFormat.setting(option.longestName(), e.getValue()) + ": " + wrong.getMessage();
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return e.getMessage() + "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?"
                    + seeHelp(e);
        }
        return e.getMessage() + seeHelp(e);
    }

    private static String seeHelp(ParameterException e) {
        return " (see " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)";
    }
}
