package io.github.crossfoot.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.readers.Limits;
import io.github.crossfoot.writers.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A server on a free loopback port, a client for it, and the library's own answers to compare with. */
final class ServeTesting implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BOUNDARY = "crossfoot-test-boundary-7MA4YWxkTrZu0gW";

    /** The library, configured as the server configures it by default. */
    static final Crossfoot LIBRARY = Crossfoot.standardRules().withLimits(Limits.defaults()
            .withTimeLimit(ServeSettings.defaults().timeLimit()).withMaxFileBytes(ServeSettings.defaults().maxRequestBytes()));

    final CrossfootServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    ServeTesting(ServeSettings settings) throws IOException {
        this.server = CrossfootServer.start(settings.withPort(0), log::add);
    }

    static ServeTesting start() throws IOException {
        return new ServeTesting(ServeSettings.defaults());
    }

    URI uri(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery);
    }

    /** A part of a multipart/form-data body; {@code fileName} null for a plain field. */
    record Part(String field, String fileName, byte[] bytes) {
        static Part file(Path p) {
            try {
                return new Part("file", p.getFileName().toString(), Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static byte[] multipart(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p.field() + "\"");
            if (p.fileName() != null) {
                head.append("; filename=\"").append(p.fileName()).append("\"\r\nContent-Type: application/octet-stream");
            }
            head.append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.bytes());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    HttpRequest.Builder post(String pathAndQuery, String contentType, byte[] body) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postParts(String pathAndQuery, List<Part> parts) throws IOException, InterruptedException {
        return send(post(pathAndQuery, "multipart/form-data; boundary=" + BOUNDARY, multipart(parts)).build());
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** What {@code crossfoot check} writes as JSON for these reports, as a tree. */
    static JsonNode libraryJson(List<Report> reports) {
        List<CheckResult> results = LIBRARY.checkAll(reports);
        StringWriter out = new StringWriter();
        try {
            new JsonWriter().write(results, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return tree(out.toString());
    }

    /** The library's JSON for one document, read as the library reads bytes. */
    static JsonNode libraryJson(String name, byte[] bytes) {
        return libraryJson(List.of(LIBRARY.read(name, bytes)));
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
