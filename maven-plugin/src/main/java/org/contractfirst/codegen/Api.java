package org.contractfirst.codegen;

import javax.lang.model.SourceVersion;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One API of the specs folder, named by its spec's file name: {@code bird.yaml} is the API {@code bird}, whose Java
 * package segment is {@code bird} and whose class-name prefix is {@code Bird}; {@code order-history.yaml} gives
 * {@code orderhistory} and {@code OrderHistory}. A build may name the prefix itself ({@link #withClassPrefix}).
 */
public record Api(String name, Path spec, String classPrefix) {

    public static Api of(Path spec) {
        String file = spec.getFileName().toString();
        String name = file.substring(0, file.lastIndexOf('.'));
        return new Api(name, spec, classPrefixOf(name));
    }

    /** The same API with its classes named {@code <prefix>Definition}, {@code <prefix>Implementation}, and so on. */
    public Api withClassPrefix(String prefix) {
        if (!prefix.matches("[A-Z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("a class prefix is a capitalised Java name, not " + prefix);
        }
        return new Api(name, spec, prefix);
    }

    /** The name as a Java package segment: lower case letters and digits, never starting with a digit, no keyword. */
    public String packageSegment() {
        String segment = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return segment.isEmpty() || Character.isDigit(segment.charAt(0)) || SourceVersion.isKeyword(segment)
                ? "api" + segment : segment;
    }

    /** The name as the start of a Java class name: each word capitalised. */
    private static String classPrefixOf(String name) {
        StringBuilder prefix = new StringBuilder();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                prefix.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return prefix.length() == 0 || Character.isDigit(prefix.charAt(0)) ? "Api" + prefix : prefix.toString();
    }

    /** {@code {api}}, {@code {Api}}, {@code {package}} and {@code {packagePath}} in {@code text}, for this API. */
    public String expand(String text, String packagePrefix) {
        String javaPackage = packagePrefix + "." + packageSegment();
        return text.replace("{api}", name).replace("{Api}", classPrefix()).replace("{packagePath}",
                javaPackage.replace('.', '/')).replace("{package}", javaPackage);
    }
}
