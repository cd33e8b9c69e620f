package vn.hungyen.xhht.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt of an HMAC-SHA-256 of the password ({@code {bcrypt-sha256}}): bcrypt reads at most 72 bytes, which a
 * Vietnamese passphrase of 25 letters can pass (up to three bytes a letter), and Spring Security's bcrypt
 * refuses longer ones with an exception (a 500 at sign-in). The digest, 44 characters of Base64, carries every
 * character of any password. The HMAC key is fixed: it only keeps these digests apart from a plain SHA-256
 * of a password leaked elsewhere.
 */
final class PreHashedBcrypt implements PasswordEncoder {

    static final String ID = "bcrypt-sha256";
    private static final int BCRYPT_MAX_BYTES = 72;
    private static final byte[] KEY = "xhht-checker/bcrypt-sha256".getBytes(StandardCharsets.UTF_8);

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    /** New hashes are {bcrypt-sha256}; the {bcrypt} hashes of before still sign in, and are upgraded then. */
    static PasswordEncoder delegating() {
        return new DelegatingPasswordEncoder(ID, Map.of(ID, new PreHashedBcrypt(), "bcrypt", new Bcrypt72()));
    }

    @Override
    public String encode(CharSequence raw) {
        return bcrypt.encode(digest(raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        return raw != null && bcrypt.matches(digest(raw), encoded);
    }

    private static String digest(CharSequence raw) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] bytes = mac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plain bcrypt, for the hashes stored before: a password it cannot read whole is simply not theirs. */
    private static final class Bcrypt72 implements PasswordEncoder {

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return raw != null && raw.toString().getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES
                    && bcrypt.matches(raw, encoded);
        }
    }
}
