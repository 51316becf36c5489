package io.github.crossfoot.cli.serve;

import static io.github.crossfoot.cli.serve.ServeTesting.JSON;
import static io.github.crossfoot.cli.serve.ServeTesting.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.github.crossfoot.cli.serve.ServeTesting.Part;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description served at {@code /api/openapi.json} is a valid OpenAPI 3.0 document
 * (swagger-parser, the reference parser, reports no problem), it lists exactly the addresses the
 * server answers with the statuses it gives, and real answers validate against its schemas
 * (networknt's OpenAPI 3.0 dialect).
 */
class ServeOpenApiTest {

    private static final String DOCUMENT = "https://crossfoot.invalid/openapi.json";
    private static ServeTesting serve;
    private static String description;
    private static SchemaRegistry schemas;

    @BeforeAll
    static void start() throws Exception {
        serve = ServeTesting.start();
        HttpResponse<String> r = serve.get("api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        description = r.body();
        schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), b -> b.schemas(Map.of(DOCUMENT, description)));
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    private static void assertValid(String schema, String json) {
        Schema s = schemas.getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/" + schema));
        List<Error> errors = s.validate(tree(json));
        assertThat(errors).as(schema + " errors").isEmpty();
    }

    @Test
    void theDescriptionIsAValidOpenApiDocument() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(description, null, options);
        assertThat(parsed.getMessages()).as("OpenAPI problems").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");
        assertThat(new TreeSet<>(api.getPaths().keySet())).containsExactly("/", ApiHandler.CHECK, ApiHandler.CHECK_ALL,
                ApiHandler.OPENAPI, ApiHandler.RULES);
        assertThat(api.getPaths().get(ApiHandler.CHECK).getPost().getResponses().keySet())
                .contains("200", "400", "403", "405", "413", "415", "503");
        assertThat(api.getComponents().getParameters().get("format").getSchema().getEnum()).isEqualTo(ApiHandler.FORMATS);
        // a description with a mistake is refused, so the check above can fail
        SwaggerParseResult broken = new OpenAPIV3Parser().readContents(description.replace("\"responses\"", "\"answers\""), null, options);
        assertThat(broken.getMessages()).isNotEmpty();
    }

    @Test
    void realAnswersValidateAgainstTheDescribedSchemas() throws Exception {
        HttpResponse<String> check = serve.postParts("api/check", List.of(Part.file(Path.of("examples/example-2023-with-errors.txt"))));
        assertValid("CheckResult", check.body());
        // a PDF's cells carry a page and a box
        HttpResponse<String> pdf = serve.postParts("api/check", List.of(Part.file(Path.of("src/test/resources/fixtures/g19-pdf-wrong-total.pdf"))));
        assertThat(pdf.body()).contains("\"box\"");
        assertValid("CheckResult", pdf.body());
        HttpResponse<String> all = serve.postParts("api/check-all?format=all", List.of(
                Part.file(Path.of("examples/example-2022-previous-year.txt")), Part.file(Path.of("examples/example-2023-with-errors.txt"))));
        assertValid("Bundle", all.body());
        assertValid("Rules", serve.get("api/rules").body());
        assertValid("Error", serve.get("nowhere").body());
        assertValid("Error", serve.send(serve.post("api/check", "application/json", "{".getBytes(StandardCharsets.UTF_8)).build()).body());
        assertValid("Error", serve.send(serve.post("api/check", "video/mp4", new byte[] {1}).build()).body());
        String numbers = JSON.writeValueAsString(JSON.createObjectNode().put("format", "gov-2021").set("tables",
                tree("{\"applications\": {\"new\": {\"natural_person\": 3, \"total\": 3}}}")));
        assertValid("NumbersReport", numbers);
        assertValid("CheckResult", serve.send(serve.post("api/check", "application/json", numbers.getBytes(StandardCharsets.UTF_8)).build()).body());
        // and a wrong answer would not validate
        Schema result = schemas.getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/CheckResult"));
        assertThat(result.validate(tree("{\"reports\": [{\"source\": 1}], \"summary\": {}}"))).isNotEmpty();
    }
}
