package io.github.crossfoot;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module exports the API and keeps the engine and the readers' internals to itself. */
class ModuleDescriptorTest {

    @Test
    void internalsAreNotExportedAndOnlyCommonsLang3IsRequired() {
        ModuleDescriptor module = ModuleFinder.of(Path.of("target/classes")).find("io.github.crossfoot")
                .orElseThrow().descriptor();
        assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
                .contains("io.github.crossfoot", "io.github.crossfoot.model", "io.github.crossfoot.rules",
                        "io.github.crossfoot.readers", "io.github.crossfoot.writers", "io.github.crossfoot.assertj")
                .noneMatch(p -> p.contains("internal"));
        assertThat(module.packages()).contains("io.github.crossfoot.rules.internal",
                "io.github.crossfoot.readers.internal");
        assertThat(module.requires()).filteredOn(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
                        && !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED))
                .extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("org.apache.commons.lang3", "java.xml");
    }
}
