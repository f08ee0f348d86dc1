package it.zona.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The benchmarks' clock: each piece of work run a few times unmeasured, then timed run by run, and
 * reported as a row of a Markdown table (median, p90 and the slowest, in milliseconds, and the size
 * of what it returned). Never an assertion: the suite has no timed test.
 */
public final class Timings {

    private Timings() {}

    /** Runs the work {@code warmUp} times unmeasured, then {@code runs} times; a table row in ms. */
    public static String measure(String what, int warmUp, int runs, Callable<Object> work) throws Exception {
        return measure(what, warmUp, runs, work, Timings::size);
    }

    /** The same, with what the last result is said to be in the size column. */
    public static String measure(
            String what, int warmUp, int runs, Callable<Object> work, Function<Object, String> size) throws Exception {
        Object result = null;
        for (int i = 0; i < warmUp; i++) {
            result = work.call();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = work.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f | %.2f | %s |",
                what,
                runs,
                millis[runs / 2],
                millis[(int) Math.ceil(runs * 0.9) - 1],
                millis[runs - 1],
                size.apply(result));
    }

    /** Bytes in KiB; anything else says nothing. */
    public static String size(Object result) {
        return result instanceof byte[] bytes ? (bytes.length / 1024) + " KiB" : "";
    }

    /** Prints the table of these rows and writes it to {@code target/benchmark/{name}.md}. */
    public static void write(String name, List<String> rows) throws IOException {
        StringBuilder table = new StringBuilder("| What | Runs | Median ms | p90 ms | Max ms | Size |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        rows.forEach(row -> table.append(row).append('\n'));
        System.out.println(table);
        Path out = Path.of("target/benchmark/" + name + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }
}
