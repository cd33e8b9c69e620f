package vn.hungyen.xhht.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hungyen.xhht.plan.Text;
import vn.hungyen.xhht.system.ApiException;

/**
 * What a new password must be (OWASP ASVS 4, level 2, V2.1): at least 12 characters and up to 128 (any
 * character, spaces too, never truncated: {@link PreHashedBcrypt} takes them all), and not one a guesser tries
 * first: only spaces or one or a few characters repeated, the user's own name, or a well-known password
 * (a short list of its own, with digits or punctuation around a common word still counting as that word).
 */
final class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 128;
    // "aaaaaaaaaaaa", "abababababab", "121212121212": a password needs more different characters than these
    private static final int MIN_DISTINCT = 5;
    private static final Set<String> COMMON = common();

    private PasswordPolicy() {
    }

    /** Refuses, with words, a password that does not follow the policy. */
    static void check(String username, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN) {
            throw ApiException.badRequest("api.error.userPassword", String.valueOf(MIN));
        }
        if (length > MAX) {
            throw ApiException.badRequest("api.error.passwordLong", String.valueOf(MAX));
        }
        if (password.isBlank() || password.codePoints().distinct().count() < MIN_DISTINCT) {
            throw ApiException.badRequest("api.error.passwordRepeated", String.valueOf(MIN_DISTINCT));
        }
        String folded = letters(password);
        String name = letters(username == null ? "" : username);
        if (name.length() >= 3 && folded.contains(name)) {
            throw ApiException.badRequest("api.error.passwordName");
        }
        if (COMMON.contains(folded) || COMMON.contains(folded.replaceAll("\\d", ""))) {
            throw ApiException.badRequest("api.error.passwordCommon");
        }
    }

    /** Letters and digits only, without diacritics, in lower case: "Mật-Khẩu 123" is "matkhau123". */
    private static String letters(String s) {
        return Text.fold(s).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Set<String> common() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(PasswordPolicy::letters)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
