package org.contractfirst.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** Where and when the figures were taken, for the head of BENCHMARKS.md. */
record Machine(int cores, double memoryGiB, String cpu, String jdk, String os, LocalDate date) {

    static Machine current() {
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Machine(Runtime.getRuntime().availableProcessors(),
                system.getTotalMemorySize() / (1024.0 * 1024 * 1024), cpuModel(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                LocalDate.now(ZoneOffset.UTC));
    }

    String markdown(String command) {
        return "| | |\n|---|---|\n"
                + "| date | " + date + " |\n"
                + "| command | `" + command + "` |\n"
                + "| cores | " + cores + " (" + cpu + ") |\n"
                + String.format(Locale.ROOT, "| memory | %.1f GiB |%n", memoryGiB)
                + "| JDK | " + jdk + " |\n"
                + "| OS | " + os + " |\n";
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException unreadable) {
            return "unknown CPU";
        }
    }
}
