package io.github.crossfoot.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crossfoot serve} on the command line: its options, and what stops it from starting (exit status 2). */
class ServeCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void helpListsTheOptionsWithTheirDefaults() {
        String[] help = run("serve", "--help");
        assertThat(help[0]).isEqualTo("0");
        assertThat(help[1]).contains("--port", "default: 8080", "--bind", "default: 127.0.0.1", "--max-request-mb", "default: 20",
                "--timeout", "--workers", "--queue", "default: 50", "--allow-rules", "--rules");
        assertThat(run("--help")[1]).contains("serve");
    }

    @Test
    void whatStopsItFromStartingIsAUsageError(@TempDir Path dir) throws Exception {
        String[] badPort = run("serve", "--port", "70000");
        assertThat(badPort[0]).isEqualTo(String.valueOf(Main.USAGE));
        assertThat(badPort[2]).contains("用法错误 usage error: --port 0-65535");
        assertThat(run("serve", "--queue", "-1")[0]).isEqualTo(String.valueOf(Main.USAGE));

        Path broken = dir.resolve("broken.rules");
        Files.writeString(broken, "format gov-2021\nrule x {\n  check [new, total] = \n}\n");
        String[] rules = run("serve", "--port", "0", "--rules", broken.toString());
        assertThat(rules[0]).isEqualTo(String.valueOf(Main.USAGE));
        assertThat(rules[2]).contains("规则文件有错误 rule file error").contains(broken + ":");

        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String[] inUse = run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(inUse[0]).isEqualTo(String.valueOf(Main.USAGE));
            assertThat(inUse[2]).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }
}
