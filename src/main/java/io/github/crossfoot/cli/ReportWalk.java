package io.github.crossfoot.cli;

import io.github.crossfoot.model.Report;
import io.github.crossfoot.readers.ReportReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The report files under the paths of a run, found by a thread of their own and handed out in
 * path order while the walk goes on, so that checking starts before a large tree is walked.
 *
 * <p>A path named on the command line is taken as it is when it is a regular file (or a link to
 * one). A directory is walked depth first, each directory's entries in the order their full paths
 * sort, which is the order of {@link Path#compareTo} over the whole tree: an entry's sort key is its
 * name, with a {@code /} after a directory's. Links inside a directory are not followed (a link
 * loop is walked once), build output ({@code target}) and hidden folders are skipped. What cannot
 * be listed or is not a regular file is handed out as a failed report in its place in the order:
 * nothing aborts the run.
 */
final class ReportWalk {

    /** Marks the end of the walk in the queue. */
    private static final Object END = new Object();

    private final BlockingQueue<Object> found = new ArrayBlockingQueue<>(4096);
    private final List<String> extensions;

    private ReportWalk(List<String> extensions) {
        this.extensions = extensions;
    }

    /** Starts walking {@code paths} (each exists) on a daemon thread. */
    static ReportWalk start(List<Path> paths, List<String> extensions) {
        ReportWalk walk = new ReportWalk(extensions);
        Thread t = new Thread(() -> {
            try {
                for (Path p : paths) {
                    walk.top(p);
                }
                walk.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the run was given up: nobody takes from the queue any more
            } catch (RuntimeException | Error e) {
                // Never leave the run waiting: what stopped the walk is a failed report, then the end.
                try {
                    walk.put(ReportReader.failure(String.valueOf(paths), "查找文件 finding files", e));
                    walk.put(END);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "crossfoot-walk");
        t.setDaemon(true);
        t.start();
        return walk;
    }

    /** The next file to read (a {@link Path}) or failed report (a {@link Report}); null after the last. */
    Object next() throws InterruptedException {
        Object o = found.take();
        if (o == END) {
            found.put(END); // later calls see the end too
            return null;
        }
        return o;
    }

    private void top(Path p) throws InterruptedException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            directory(p, p);
        } else if (Files.isRegularFile(p)) {
            put(p);
        } else {
            put(ReportReader.failure(p.toString(), "打开 opening",
                    new IOException("不是普通文件，未打开 not a regular file (a device, pipe, socket or broken link); not opened")));
        }
    }

    /** What the walk does with an entry of a directory: only these are kept while it is sorted. */
    private enum Kind { DIRECTORY, REPORT, UNREADABLE }

    /** An entry of a directory by its name (the path is made again when it is handed out). */
    private record Entry(String name, Kind kind) {
        /** A directory sorts as its name with a {@code /}, as its files' paths do. */
        String sortKey() {
            return kind == Kind.DIRECTORY ? name + "/" : name;
        }
    }

    private void directory(Path root, Path dir) throws InterruptedException {
        // Only what the walk hands out or enters is kept (not the files' attributes): a folder of
        // 10^5 reports is held while it is sorted.
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            for (Path child : listing) {
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    entries.add(new Entry(child.getFileName().toString(), Kind.UNREADABLE));
                    continue;
                }
                String name = child.getFileName().toString();
                if (a.isDirectory()) {
                    if (!skipped(name)) {
                        entries.add(new Entry(name, Kind.DIRECTORY));
                    }
                } else if (a.isRegularFile() && isReport(name)) {
                    entries.add(new Entry(name, Kind.REPORT));
                }
            }
        } catch (IOException | RuntimeException e) {
            put(ReportReader.failure(dir.toString(), "打开 opening", e));
            return;
        }
        entries.sort(Comparator.comparing(Entry::sortKey)); // a directory's key is made per comparison: they are few
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.set(i, null); // handed out: no longer kept
            switch (e.kind()) {
                case UNREADABLE -> put(ReportReader.failure(dir.resolve(e.name()).toString(), "打开 opening",
                        new IOException("无法读取文件属性 cannot read the file's attributes")));
                case DIRECTORY -> directory(root, dir.resolve(e.name()));
                case REPORT -> put(dir.resolve(e.name()));
            }
        }
    }

    private boolean isReport(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(name::endsWith);
    }

    /** Build output ({@code target}) and hidden folders are not report folders. */
    private static boolean skipped(String directoryName) {
        return directoryName.equals("target") || directoryName.startsWith(".") && directoryName.length() > 1;
    }

    private void put(Object item) throws InterruptedException {
        found.put(item);
    }
}
