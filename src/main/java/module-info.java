/**
 * Crossfoot: arithmetic consistency checks for government information-disclosure annual reports.
 *
 * <p>The exported packages are the API; {@code io.github.crossfoot.rules.internal} and
 * {@code io.github.crossfoot.readers.internal} (the rule compiler and engine, the document
 * converters and table parser) are not exported, nor is {@code io.github.crossfoot.cli.serve} (the
 * web page and HTTP API of {@code crossfoot serve}). Only commons-lang3 is required; the libraries
 * behind the document readers, the JSON/HTML/SARIF writers, the CLI, its server (Jetty) and the
 * AssertJ assertions are optional ({@code requires static}).
 */
module io.github.crossfoot {
    requires org.apache.commons.lang3;
    requires java.xml;

    requires static com.fasterxml.jackson.databind;
    requires static org.jsoup;
    requires static org.apache.poi.poi;
    requires static org.apache.poi.ooxml;
    requires static org.apache.poi.ooxml.schemas;
    requires static org.apache.poi.scratchpad;
    requires static org.apache.pdfbox;
    requires static java.desktop; // PDFBox gives path points as java.awt.geom.Point2D
    requires static org.apache.commons.csv;
    requires static info.picocli;
    // crossfoot serve (package cli.serve, not exported): Jetty's core server, in the CLI jar only.
    requires static org.eclipse.jetty.server;
    requires static org.eclipse.jetty.http;
    requires static org.eclipse.jetty.io;
    requires static org.eclipse.jetty.util;
    // The assertj package extends AssertJ's own assertions: whoever uses it has AssertJ, and reads it through us.
    requires static transitive org.assertj.core;

    exports io.github.crossfoot;
    exports io.github.crossfoot.model;
    exports io.github.crossfoot.rules;
    exports io.github.crossfoot.readers;
    exports io.github.crossfoot.writers;
    exports io.github.crossfoot.narrative;
    exports io.github.crossfoot.dataset;
    exports io.github.crossfoot.assertj;
    exports io.github.crossfoot.cli;

    opens io.github.crossfoot.cli to info.picocli;
    opens io.github.crossfoot.cli.serve to info.picocli;
}
