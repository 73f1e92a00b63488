package org.contractfirst.conformance;

import org.contractfirst.conformance.report.MarkdownRenderer;
import org.contractfirst.conformance.report.HtmlRenderer;
import org.contractfirst.conformance.checks.Failure;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.report.Report;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.ApiSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each failure of a run comes with its reproducer as a rest-assured JUnit 5 test method: pasted into a team's test
 * class, it compiles, sends the request again through the conformance filter and fails with the same check; the
 * reports show it beside the curl line, each operation's failures together.
 */
class RestAssuredReproducerTest {

    @TempDir
    Path folder;

    @Test
    void aFailuresReproducerCompilesAndFailsWithTheSameCheckAndTheReportsShowItUnderItsOperation() throws Exception {
        try (JsonApiServer server = new JsonApiServer(new OrdersApi());
             BrokenServer broken = new BrokenServer(server.baseUri(), (request, upstream) -> {
                 BrokenServer.Response answer = upstream.send(request);
                 return request.method().equals("GET") && request.pathAndQuery().matches("/orders/[^/?]+")
                         ? answer.withBody(body -> body.replaceAll(",?\"status\":\"[a-z]+\"", "").replace("{,", "{"))
                         : answer;
             })) {
            RunOptions options = new RunOptions(7, 2, Set.of("positive_data_acceptance", "response_schema_conformance"),
                    Set.of(), false, RunOptions.defaults(7).connectTimeout(), RunOptions.defaults(7).readTimeout(), null);
            Recorder session = Conformance.runAll(new Target(ApiSpec.read("orders", OrdersApi.SPEC), broken.baseUri(),
                    Credentials.none(), Map.of(), false, false), options);
            Failure failure = session.failures().stream().filter(found -> found.operation().startsWith("getOrder"))
                    .findFirst().orElseThrow(() -> new AssertionError(session.failures().toString()));

            assertEquals("response_schema_conformance", failure.check());
            Throwable rerun = run(failure.restAssured());
            assertInstanceOf(AssertionError.class, rerun);
            assertTrue(rerun.getMessage().startsWith("response_schema_conformance [CF112] failed for orders getOrder"),
                    rerun.getMessage());

            Report report = new Report(List.of(org.contractfirst.conformance.report.Coverage.of(session)), 7);
            String markdown = new MarkdownRenderer().render(report);
            String html = new HtmlRenderer().render(report);
            assertTrue(markdown.contains("#### getOrder (GET /orders/{orderId})\n"), markdown);
            assertTrue(markdown.contains("```java\n  @Test\n  void responseSchemaConformanceGetOrder()"), markdown);
            assertTrue(html.contains("<h4>getOrder (GET /orders/{orderId})</h4>"), html);
            assertTrue(html.contains("void responseSchemaConformanceGetOrder()"), html);
        }
    }

    /** Compiles the method in a class of its own, with the imports a team's test class has, and runs it. */
    private Throwable run(String method) throws Exception {
        Path source = folder.resolve("Reproducer.java");
        Files.writeString(source, """
                import static io.restassured.RestAssured.given;

                import java.nio.charset.StandardCharsets;
                import java.util.Base64;
                import org.contractfirst.conformance.junit.ConformanceFilter;
                import org.junit.jupiter.api.Test;

                public class Reproducer {
                %s
                }
                """.formatted(method));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"), "-d",
                folder.toString(), source.toString()), method);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> type = loader.loadClass("Reproducer");
            Method test = type.getDeclaredMethods()[0];
            test.setAccessible(true);
            InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                    () -> test.invoke(type.getConstructor().newInstance()));
            return thrown.getCause();
        }
    }
}
