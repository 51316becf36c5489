package io.github.crossfoot.cli.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded HTTP server of {@code crossfoot serve}: Jetty's core server (no servlet container),
 * one connector on the configured address, the {@link ApiHandler}, and errors Jetty itself raises
 * (a malformed request line, headers too large) answered in the API's JSON shape.
 */
final class CrossfootServer implements AutoCloseable {

    /** A connection that sends nothing for this long is closed, so a stalled upload frees its place. */
    private static final long IDLE_TIMEOUT_MILLIS = 30_000;

    private final Server server;
    private final ServerConnector connector;

    private CrossfootServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts a server; returns once it listens.
     *
     * @param log receives one line per request
     * @throws io.github.crossfoot.rules.RuleFileException when the operator's rule files have errors
     * @throws IOException when the address cannot be bound
     */
    static CrossfootServer start(ServeSettings settings, Consumer<String> log) throws IOException {
        // Jetty's own log says only what is wrong; the requests are logged by the handler. Read
        // when Jetty's logger starts, so set before the first Jetty class logs.
        if (System.getProperty("org.eclipse.jetty.LEVEL") == null) {
            System.setProperty("org.eclipse.jetty.LEVEL", "WARN");
        }
        ApiHandler api = new ApiHandler(settings, log);
        // Enough threads for every admitted request plus Jetty's acceptor and selectors; the
        // handler, not the pool, decides who waits and who is told 503.
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, settings.workers() + settings.queue() + 8));
        threads.setName("crossfoot-serve");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        server.addConnector(connector);
        server.setHandler(api);
        server.setErrorHandler(new JsonErrors());
        server.setStopTimeout(5_000);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException(e.getMessage(), e);
        }
        return new CrossfootServer(server, connector);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // it did not start
        }
    }

    /** The port it listens on (the one picked when 0 was asked for). */
    int port() {
        return connector.getLocalPort();
    }

    /** The page's address. */
    URI uri() {
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** Waits until the server stops. */
    void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop: " + e.getMessage(), e);
        }
    }

    /** Errors raised by Jetty before a request reaches the API, in the API's JSON shape. */
    private static final class JsonErrors extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                Callback callback) {
            String zh;
            String en;
            String error;
            if (code == 413 || code == 431) {
                error = "request.too-large";
                zh = "请求或其头部过大，未读取。";
                en = "The request or its headers are too large; it was not read.";
            } else if (code >= 500) {
                error = "server.error";
                zh = "服务器内部错误。";
                en = "Internal server error.";
            } else {
                error = "request.malformed";
                zh = "请求格式有误（HTTP " + code + "）。";
                en = "The request is malformed (HTTP " + code + ").";
            }
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            response.write(true, ByteBuffer.wrap(ApiHandler.errorBody(code, error, zh, en)), callback);
        }
    }
}
