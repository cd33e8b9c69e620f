package vn.hungyen.xhht.check;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;

/**
 * Tells what was wrong with the command line in the language asked for. The arguments did not parse, so
 * {@code --lang} is looked for in them directly.
 */
final class ParameterErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        Messages messages = Messages.of(languageIn(args));
        PrintWriter err = ex.getCommandLine().getErr();
        err.println(messages.text("error.line", describe(ex, messages)));
        err.println(messages.text("error.seeHelp"));
        err.flush();
        return ex.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
    }

    static Language languageIn(String[] args) {
        Language language = Language.VI;
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            for (Language l : Language.values()) {
                if (l.name().equalsIgnoreCase(value)) {
                    language = l;
                }
            }
        }
        return language;
    }

    // Picocli's own text, in English, is the fallback for the rare errors not named here.
    private static String describe(ParameterException ex, Messages messages) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return messages.text("error.unknownOption", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof MissingParameterException missing) {
            return messages.text("error.missing",
                    missing.getMissing().stream().map(ParameterErrors::name).collect(Collectors.joining(", ")));
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return messages.text("error.repeated", name(overwritten.getOverwritten()));
        }
        if (ex.getCause() instanceof TypeConversionException && ex.getArgSpec() instanceof OptionSpec option) {
            return messages.text("error.badValue", option.longestName(), ex.getValue(),
                    messages.text(expectKey(option)));
        }
        return ex.getMessage();
    }

    static String expectKey(OptionSpec option) {
        return "expect." + option.longestName().replaceFirst("^-+", "");
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
