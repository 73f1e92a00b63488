package org.contractfirst.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's table of what is here ("What is here"), read as the build's layering: each folder in the order of the
 * table, and the modules its main code uses, from its third column.
 */
record ModuleTable(List<Row> rows) {

    static final Path ROOT = Path.of("..");

    record Row(String folder, Set<String> uses) {

        /** Each module's classes, read once for every test of the run. */
        private static final Map<Path, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

        /** The module's compiled main classes, once the reactor has built it. */
        Path classes() {
            return ROOT.resolve(folder).resolve("target").resolve("classes");
        }

        JavaClasses imported() {
            return IMPORTED.computeIfAbsent(classes(), folder -> new ClassFileImporter().importPath(folder));
        }

        boolean hasCode() {
            return Files.isDirectory(classes().resolve("org"));
        }
    }

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|.*\\| ([^|]*) \\|$");
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");

    static ModuleTable ofReadme() {
        try {
            return of(Files.readString(ROOT.resolve("README.md")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModuleTable of(String readme) {
        String section = readme.substring(readme.indexOf("## What is here"));
        List<Row> rows = new ArrayList<>();
        for (String line : section.substring(0, section.indexOf("\n\n", section.indexOf("|---"))).split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Set<String> uses = new LinkedHashSet<>();
                Matcher name = NAME.matcher(row.group(2));
                while (name.find()) {
                    uses.add(name.group(1));
                }
                rows.add(new Row(row.group(1).replaceAll("/$", ""), uses));
            }
        }
        return new ModuleTable(List.copyOf(rows));
    }

    List<Row> withCode() {
        return rows.stream().filter(Row::hasCode).toList();
    }

    Row row(String folder) {
        return rows.stream().filter(row -> row.folder().equals(folder)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + folder));
    }

    int position(String folder) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).folder().equals(folder)) {
                return i;
            }
        }
        return -1;
    }
}
