package vn.hungyen.xhht.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted per account (the name typed, whether or not it exists) and per client address (OWASP
 * ASVS V2.2.1): after {@link #ACCOUNT_FREE} failures in a row an account waits {@link #FIRST_WAIT} before the
 * next try, twice as long after each further failure, up to {@link #LONGEST_WAIT}; a client address after
 * {@link #CLIENT_FREE} failures (many users may share an office's address). While waiting, no password is even
 * checked, the right one neither. A success clears the account's count; a count is forgotten once
 * {@link #LONGEST_WAIT} has passed without a failure. In memory: each instance of the application counts its
 * own, and a restart forgets (docs/security.md).
 */
@Component
class SignInThrottle {

    static final int ACCOUNT_FREE = 5;
    static final int CLIENT_FREE = 50;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    // beyond this many names or addresses counted, the forgotten ones are swept out (a flood of invented names)
    private static final int SWEEP_ABOVE = 100_000;
    private static final int MAX_KEY = 100;

    private record Failures(int count, Instant last) {

        Instant waitUntil(int free) {
            if (count < free) {
                return Instant.MIN;
            }
            long times = 1L << Math.min(count - free, 10);
            Duration wait = FIRST_WAIT.multipliedBy(times);
            return last.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
    }

    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> clients = new ConcurrentHashMap<>();

    SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the account or the client must still wait before a password is checked; empty: none. */
    Optional<Duration> waiting(String account, String client) {
        Instant now = clock.instant();
        Instant until = later(until(accounts, key(account), ACCOUNT_FREE), until(clients, key(client), CLIENT_FREE));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void failed(String account, String client) {
        Instant now = clock.instant();
        count(accounts, key(account), now);
        count(clients, key(client), now);
    }

    void succeeded(String account) {
        accounts.remove(key(account));
    }

    private static Instant until(Map<String, Failures> map, String key, int free) {
        Failures f = map.get(key);
        return f == null ? Instant.MIN : f.waitUntil(free);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void count(Map<String, Failures> map, String key, Instant now) {
        map.compute(key, (k, f) -> f == null || now.isAfter(f.last().plus(LONGEST_WAIT)) ? new Failures(1, now)
                : new Failures(f.count() + 1, now));
        if (map.size() > SWEEP_ABOVE) {
            map.values().removeIf(f -> now.isAfter(f.last().plus(LONGEST_WAIT)));
        }
    }

    private static String key(String s) {
        String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        return k.length() <= MAX_KEY ? k : k.substring(0, MAX_KEY);
    }
}
