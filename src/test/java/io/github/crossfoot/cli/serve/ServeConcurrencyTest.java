package io.github.crossfoot.cli.serve;

import static io.github.crossfoot.cli.serve.ServeTesting.libraryJson;
import static io.github.crossfoot.cli.serve.ServeTesting.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crossfoot.cli.serve.ServeTesting.Part;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once: every answer equals the library's result for its document, and when every
 * worker and queue place is taken the next request is told 503 at once, not left waiting.
 */
class ServeConcurrencyTest {

    @Test
    void fiftyConcurrentRequestsEachAnswerWhatTheLibraryAnswers() throws Exception {
        List<Path> documents = List.of(Path.of("examples/example-2023-with-errors.txt"), Path.of("examples/example-2023-consistent.txt"),
                Path.of("examples/001_cff84b0da7bd01e8.txt"), Path.of("src/test/resources/fixtures/g21-html-consistent.html"),
                Path.of("src/test/resources/fixtures/g21-docx-consistent.docx"), Path.of("src/test/resources/fixtures/g19-csv-consistent.csv"),
                Path.of("src/test/resources/producer-corpus/libreoffice-gov-2021-sheet-s3.xlsx"),
                Path.of("src/test/resources/fixtures/g21-markdown-marks.md"), Path.of("src/test/resources/fixtures/g21-pdf-consistent.pdf"),
                Path.of("src/test/resources/fixtures/g19-pdf-wrong-total.pdf"));
        List<JsonNode> expected = new ArrayList<>();
        for (Path d : documents) {
            expected.add(libraryJson(d.getFileName().toString(), Files.readAllBytes(d)));
        }
        try (ServeTesting serve = ServeTesting.start()) {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                byte[] body = ServeTesting.multipart(List.of(Part.file(documents.get(i % documents.size()))));
                answers.add(serve.http.sendAsync(serve.post("api/check", "multipart/form-data; boundary=" + ServeTesting.BOUNDARY,
                        body).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            }
            for (int i = 0; i < 50; i++) {
                HttpResponse<String> r = answers.get(i).get(5, TimeUnit.MINUTES);
                assertThat(r.statusCode()).as("request %d: %s", i, r.body()).isEqualTo(200);
                assertThat(tree(r.body())).as("request %d (%s)", i, documents.get(i % documents.size())).isEqualTo(expected.get(i % documents.size()));
            }
            assertThat(serve.log).hasSize(50).allMatch(l -> l.contains(" POST /api/check 200 "));
        }
    }

    /** Starts an upload that sends its headers and 100 bytes of its body, then waits. */
    private static Socket slowUpload(ServeTesting serve, byte[] report) throws Exception {
        Socket slow = new Socket("127.0.0.1", serve.server.port());
        slow.setSoTimeout(60_000);
        slow.getOutputStream().write(("POST /api/check?name=slow.txt HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: text/plain\r\nContent-Length: " + report.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        slow.getOutputStream().write(report, 0, 100);
        slow.getOutputStream().flush();
        return slow;
    }

    @Test
    void whenEveryPlaceIsTakenTheNextRequestIsToldTheServerIsBusy() throws Exception {
        byte[] report = Files.readAllBytes(Path.of("examples/example-2023-consistent.txt"));
        try (ServeTesting serve = new ServeTesting(ServeSettings.defaults().withWorkers(1, 0))) {
            Socket slow = slowUpload(serve, report);
            try {
                // One upload holds the only place while its body is still on its way; until the server
                // has taken it in, another request may get there first (and the slow one is refused).
                HttpResponse<String> busy = null;
                for (int attempt = 0; attempt < 100 && busy == null; attempt++) {
                    HttpResponse<String> r = serve.send(serve.post("api/check", "text/plain", report).build());
                    if (r.statusCode() == 503) {
                        busy = r;
                    } else {
                        assertThat(r.statusCode()).isEqualTo(200);
                        Thread.sleep(50);
                        if (slow.getInputStream().available() > 0) { // it was the one refused: again
                            slow.close();
                            slow = slowUpload(serve, report);
                        }
                    }
                }
                assertThat(busy).as("a 503 while the only place is taken; log: %s", serve.log).isNotNull();
                assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
                JsonNode error = tree(busy.body());
                assertThat(error.get("error").asText()).isEqualTo("server.busy");
                assertThat(error.at("/message/zh").asText()).contains("服务器正忙");
                assertThat(error.at("/message/en").asText()).contains("busy");
                // the slow upload ends and is answered in full
                slow.getOutputStream().write(report, 100, report.length - 100);
                slow.getOutputStream().flush();
                String answer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 200 ");
                JsonNode result = tree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
                assertThat(result).isEqualTo(libraryJson("slow.txt", report));
            } finally {
                slow.close();
            }
            // its place is free again
            assertThat(serve.send(serve.post("api/check", "text/plain", report).build()).statusCode()).isEqualTo(200);
        }
    }
}
