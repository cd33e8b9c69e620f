package vn.hungyen.xhht.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * With {@code xhht.rules-watch=true} (off by default), activates the rule folder whenever a file in it changes:
 * once the folder has been quiet for {@code xhht.rules-watch-quiet} (an editor saves in several writes), the
 * folder is compiled aside and tried on its scenarios as a reload from the page would; a folder that does not
 * compile or fails a scenario is refused and logged, and the active rules stay.
 */
@Component
@ConditionalOnBooleanProperty("xhht.rules-watch")
class RuleWatcher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RuleWatcher.class);

    private final RuleSets ruleSets;
    private final Duration quiet;
    private volatile WatchService watcher;
    private volatile Thread thread;

    RuleWatcher(RuleSets ruleSets, @Value("${xhht.rules-watch-quiet:1s}") Duration quiet) {
        this.ruleSets = ruleSets;
        this.quiet = quiet;
    }

    @Override
    public void start() {
        try {
            watcher = FileSystems.getDefault().newWatchService();
            registerAll(ruleSets.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread t = new Thread(this::watch, "rule-watcher");
        t.setDaemon(true);
        t.start();
        thread = t;
        LOG.info("Watching {} for rule changes", ruleSets.source().toAbsolutePath());
    }

    private void registerAll(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                // wait until the folder is quiet: one activation for one save
                WatchKey more;
                while ((more = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                registerAll(ruleSets.source()); // a new folder is watched too (registering again is harmless)
                activate();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.error("Stopped watching {}", ruleSets.source(), e);
        }
    }

    private void activate() {
        try {
            Activation a = ruleSets.activate(Optional.empty(), "WATCH").activation();
            LOG.info("Rule folder changed: {} {}", a.outcome(), a.detail());
        } catch (RuntimeException e) {
            LOG.error("Activating the changed rule folder failed", e);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void stop() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            LOG.debug("closing the watch service", e);
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null && thread.isAlive();
    }
}
