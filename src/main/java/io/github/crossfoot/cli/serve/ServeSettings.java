package io.github.crossfoot.cli.serve;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@code crossfoot serve} runs.
 *
 * @param bind            the address to listen on; loopback unless the operator says otherwise
 * @param port            the port; 0 picks a free one
 * @param maxRequestBytes the largest request body read; a larger one is answered 413
 * @param timeLimit       the time limit per document, as {@code check --timeout}
 * @param workers         checks that run at once
 * @param queue           further requests that may wait for a worker; beyond them the answer is 503
 * @param allowRules      whether requests may bring their own rule files
 * @param ruleFiles       the operator's own rule files, added to the standard rules of every check
 */
record ServeSettings(String bind, int port, long maxRequestBytes, Duration timeLimit, int workers, int queue,
                     boolean allowRules, List<CheckRequest.RuleFile> ruleFiles) {

    static final String DEFAULT_BIND = "127.0.0.1";
    static final int DEFAULT_PORT = 8080;
    static final int DEFAULT_MAX_REQUEST_MB = 20;
    static final int DEFAULT_TIMEOUT_SECONDS = 30;
    static final int DEFAULT_QUEUE = 50;

    ServeSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(timeLimit, "timeLimit");
        ruleFiles = List.copyOf(ruleFiles);
        if (port < 0 || port > 65535 || maxRequestBytes <= 0 || workers <= 0 || queue < 0
                || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("port 0-65535, positive limits and workers, queue >= 0");
        }
    }

    /** The defaults: localhost:8080, 20 MB, 30 s per document, one worker per core, a queue of 50. */
    static ServeSettings defaults() {
        return new ServeSettings(DEFAULT_BIND, DEFAULT_PORT, DEFAULT_MAX_REQUEST_MB * 1024L * 1024L,
                Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS), Math.max(1, Runtime.getRuntime().availableProcessors()),
                DEFAULT_QUEUE, false, List.of());
    }

    ServeSettings withPort(int p) {
        return new ServeSettings(bind, p, maxRequestBytes, timeLimit, workers, queue, allowRules, ruleFiles);
    }

    ServeSettings withWorkers(int w, int q) {
        return new ServeSettings(bind, port, maxRequestBytes, timeLimit, w, q, allowRules, ruleFiles);
    }

    ServeSettings withAllowRules(boolean allow) {
        return new ServeSettings(bind, port, maxRequestBytes, timeLimit, workers, queue, allow, ruleFiles);
    }

    ServeSettings withMaxRequestBytes(long bytes) {
        return new ServeSettings(bind, port, bytes, timeLimit, workers, queue, allowRules, ruleFiles);
    }

    ServeSettings withTimeLimit(Duration limit) {
        return new ServeSettings(bind, port, maxRequestBytes, limit, workers, queue, allowRules, ruleFiles);
    }
}
