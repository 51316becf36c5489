package io.github.crossfoot.writers;

import io.github.crossfoot.model.CheckResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the results of a run in one output format. Implementations are stateless and thread-safe. */
public interface ResultWriter {

    /** Writes every result, in the given order, followed by whatever summary the format has. */
    void write(List<CheckResult> results, Writer out) throws IOException;
}
