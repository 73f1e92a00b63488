package org.contractfirst.spec.breaking;

/** Where an element is written: the spec file, its line (0 when unknown) and a JSON pointer into the file. */
public record Location(String file, int line, String pointer) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + "#" + pointer;
    }
}
