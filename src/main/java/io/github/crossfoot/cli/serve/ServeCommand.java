package io.github.crossfoot.cli.serve;

import io.github.crossfoot.cli.Main;
import io.github.crossfoot.rules.RuleFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crossfoot serve}: the web page and the HTTP API until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "启动网页和 HTTP API（默认只接受本机访问）。%nServes the web page and the HTTP API "
                + "(to this machine only, unless --bind says otherwise).")
public final class ServeCommand implements Callable<Integer> {

    /** picocli makes it. */
    public ServeCommand() {
    }

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "端口 port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = ServeSettings.DEFAULT_BIND, paramLabel = "ADDRESS",
            description = "监听地址 address to listen on; 0.0.0.0 opens it to the network (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--max-request-mb", defaultValue = "20", paramLabel = "MB",
            description = "请求大小上限 largest request, in MB; a larger one is answered 413 (default: ${DEFAULT-VALUE})")
    int maxRequestMegabytes;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "每份文档读取的时间上限 time limit per document, as check --timeout (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--workers", paramLabel = "N",
            description = "同时进行的检查数 checks run at once (default: the number of cores)")
    Integer workers;

    @Option(names = "--queue", defaultValue = "50", paramLabel = "N",
            description = "排队等候的请求数，再多则答 503 requests that may wait; beyond them 503 (default: ${DEFAULT-VALUE})")
    int queue;

    @Option(names = "--allow-rules",
            description = "允许请求附带规则文件 let requests bring their own rule files (multipart field rules)")
    boolean allowRules;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "额外的规则文件，可重复 additional rule file for every check, repeatable")
    List<Path> ruleFiles = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        if (port < 0 || port > 65535 || maxRequestMegabytes <= 0 || timeoutSeconds <= 0 || queue < 0
                || (workers != null && workers <= 0)) {
            err.println("用法错误 usage error: --port 0-65535; --max-request-mb, --timeout and --workers positive; --queue 0 or more");
            return Main.USAGE;
        }
        List<CheckRequest.RuleFile> rules = new ArrayList<>();
        for (Path f : ruleFiles) {
            try {
                rules.add(new CheckRequest.RuleFile(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                err.println("无法读取规则文件 cannot read rule file: " + f + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        ServeSettings settings = new ServeSettings(bind, port, maxRequestMegabytes * 1024L * 1024L,
                Duration.ofSeconds(timeoutSeconds), workers == null ? cores : workers, queue, allowRules, rules);
        CrossfootServer server;
        try {
            server = CrossfootServer.start(settings, line -> {
                err.println(line);
                err.flush();
            });
        } catch (RuleFileException e) {
            err.println("规则文件有错误 rule file error:");
            err.println(e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("无法在 " + bind + ":" + port + " 上启动 cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            return Main.USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "crossfoot-serve-stop"));
        err.println("Crossfoot 已启动 serving on " + server.uri() + "  （Ctrl+C 停止 to stop）");
        err.println("  API: " + server.uri().resolve("api/openapi.json"));
        if (!isLoopback(bind)) {
            err.println("  注意 note: 监听 " + bind + "，网络上的其他计算机也能访问 listening beyond this machine: "
                    + "other computers on the network can reach it");
        }
        err.flush();
        server.join();
        return Main.OK;
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
