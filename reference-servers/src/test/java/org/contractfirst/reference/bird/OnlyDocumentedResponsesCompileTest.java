package org.contractfirst.reference.bird;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated service admits only the responses the spec documents: an implementation that returns an undocumented
 * status, or invents its own result, does not compile, while one that returns documented results does.
 */
class OnlyDocumentedResponsesCompileTest {

    private static final String HEADER = """
            import org.contractfirst.server.bird.api.CurrentUserApiService;
            import org.contractfirst.server.bird.model.Error;
            import org.contractfirst.server.bird.model.UpdateProfileRequest;
            import org.contractfirst.server.runtime.security.Caller;
            """;

    private static final String OTHER_METHODS = """
                public UpdateProfileResult updateProfile(Caller caller, UpdateProfileRequest request) {
                    return new UpdateProfileResult.Status422(new Error().code("validation_failed").message("no"));
                }
                public DeleteProfileResult deleteProfile(Caller caller) {
                    return new DeleteProfileResult.Status202();
                }
            """;

    @Test
    void anImplementationReturningDocumentedResultsCompiles() throws IOException {
        String errors = compileService("Documented", "",
                "new GetProfileResult.Status401(new Error().code(\"unauthorized\").message(\"who?\"), \"Bearer realm=\\\"bird\\\"\")");
        assertTrue(errors.isEmpty(), errors);
    }

    @Test
    void anUndocumentedStatusDoesNotCompile() throws IOException {
        String errors = compileService("Teapot", "",
                "new GetProfileResult.Status418(new Error().code(\"teapot\").message(\"I am one\"))");
        assertFalse(errors.isEmpty());
        assertTrue(errors.contains("Status418"), errors);
    }

    @Test
    void aResultOfOneOperationCannotAnswerAnother() throws IOException {
        String errors = compileService("Mixed", "", "new DeleteProfileResult.Status202()");
        assertTrue(errors.contains("incompatible types"), errors);
    }

    @Test
    void noOneCanAddAResultOfTheirOwn() throws IOException {
        String errors = compileService("Invented", """
                    record Status500(Object body) implements GetProfileResult {
                        public int status() { return 500; }
                    }
                """, "new Status500(\"oops\")");
        assertTrue(errors.contains("sealed"), errors);
    }

    /** An implementation of Bird's service whose getProfile returns {@code getProfileResult}; the rest is documented. */
    private static String compileService(String className, String members, String getProfileResult) throws IOException {
        return compile(className, HEADER + "public class " + className + " implements CurrentUserApiService {\n"
                + members
                + "    public GetProfileResult getProfile(Caller caller) {\n        return " + getProfileResult + ";\n    }\n"
                + OTHER_METHODS + "}");
    }

    /** Compiles one class against the test classpath; returns the compiler's errors, empty when it compiles. */
    private static String compile(String className, String source) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        Path output = Files.createTempDirectory("compile-check");
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", output.toString(),
                "--release", "17");
        compiler.getTask(null, null, diagnostics, options, null, List.of(file)).call();
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null)).collect(Collectors.joining("\n"));
    }
}
