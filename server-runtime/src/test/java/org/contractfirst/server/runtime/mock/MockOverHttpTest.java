package org.contractfirst.server.runtime.mock;

import org.contractfirst.server.runtime.ApiDefinition;
import org.contractfirst.server.runtime.ApiImplementation;
import org.contractfirst.server.runtime.ApiServer;
import org.contractfirst.server.runtime.binding.MultipartBinder;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.result.Responses;
import org.contractfirst.server.runtime.result.Result;
import org.contractfirst.server.runtime.security.Authenticator;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.contractfirst.server.runtime.mock.MockStateTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A mock served as generated code serves it, written by hand over {@code specs/desk.yaml}: its resource hands each
 * operation's result type to {@link MockAnswers#answer}, which reads the request the mock's filter kept.
 */
class MockOverHttpTest {

    sealed interface CreatePenResult extends Result permits CreatePenResult.Status201, CreatePenResult.Status422 {
        record Status201(JsonNode body) implements CreatePenResult {
            @Override
            public int status() {
                return 201;
            }
        }

        record Status422(JsonNode body) implements CreatePenResult {
            @Override
            public int status() {
                return 422;
            }
        }
    }

    sealed interface GetPenResult extends Result permits GetPenResult.Status200, GetPenResult.Status404 {
        record Status200(JsonNode body) implements GetPenResult {
            @Override
            public int status() {
                return 200;
            }
        }

        record Status404(JsonNode body) implements GetPenResult {
            @Override
            public int status() {
                return 404;
            }
        }
    }

    sealed interface DeletePenResult extends Result permits DeletePenResult.Status204, DeletePenResult.Status404 {
        record Status204() implements DeletePenResult {
            @Override
            public int status() {
                return 204;
            }

            @Override
            public Object body() {
                return null;
            }
        }

        record Status404(JsonNode body) implements DeletePenResult {
            @Override
            public int status() {
                return 404;
            }
        }
    }

    @Path("/pens")
    public static final class PensResource {
        private final DeskMock mock;

        public PensResource(DeskMock mock) {
            this.mock = mock;
        }

        @POST
        @Consumes("application/json")
        @Produces("application/json")
        public Response createPen(String body) {
            return Responses.of(mock.answers.answer(CreatePenResult.class));
        }

        @GET
        @Path("/{penId}")
        @Produces("application/json")
        public Response getPen(@PathParam("penId") long penId) {
            return Responses.of(mock.answers.answer(GetPenResult.class));
        }

        @DELETE
        @Path("/{penId}")
        @Produces("application/json")
        public Response deletePen(@PathParam("penId") long penId) {
            return Responses.of(mock.answers.answer(DeletePenResult.class));
        }
    }

    public static final class DeskMock implements ApiImplementation {
        private final MockAnswers answers;

        DeskMock(MockOptions options) {
            this.answers = new MockAnswers(new DeskDefinition(), "org.contractfirst.desk.model", options);
        }

        @Override
        public ErrorShape errors() {
            return answers.errors();
        }

        @Override
        public Authenticator authenticator() {
            return answers.authenticator();
        }

        @Override
        public List<Object> providers() {
            return answers.providers();
        }
    }

    public static final class DeskDefinition implements ApiDefinition {
        @Override
        public String name() {
            return "desk";
        }

        @Override
        public String specResource() {
            return "specs/desk.yaml";
        }

        @Override
        public Class<? extends ApiImplementation> implementationType() {
            return DeskMock.class;
        }

        @Override
        public List<Object> resources(ApiImplementation implementation, MultipartBinder multipartBinder) {
            return List.of(new PensResource((DeskMock) implementation));
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private ApiServer server;

    private ApiServer serve(MockOptions options) {
        server = ApiServer.start(new DeskDefinition(), new DeskMock(options), 0);
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .header("Accept", "application/json");
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStatefulMockCreatesReadsBackAndForgetsWhatItDeletes() throws Exception {
        serve(MockOptions.STATEFUL);
        HttpResponse<String> created = send("POST", "/pens", "{\"colour\":\"green\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(json("{\"colour\":\"green\",\"id\":6}"), json(created.body()), "after the example's pen 5");

        HttpResponse<String> read = send("GET", "/pens/6", null);
        assertEquals(200, read.statusCode());
        assertEquals(json(created.body()), json(read.body()));

        assertEquals(204, send("DELETE", "/pens/6", null).statusCode());
        HttpResponse<String> gone = send("GET", "/pens/6", null);
        assertEquals(404, gone.statusCode(), "the read documents no 410: its 404");
        assertEquals("application/json", gone.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(json("{\"message\":\"no item 6 in /pens\"}"), json(gone.body()),
                "the documented error's required members, telling what went wrong");
    }

    @Test
    void aStatefulMockAnswersAPenNobodyCreatedWithTheDocumented404() throws Exception {
        serve(MockOptions.STATEFUL);
        HttpResponse<String> missing = send("DELETE", "/pens/77", null);
        assertEquals(404, missing.statusCode());
        assertEquals("no item 77 in /pens", json(missing.body()).path("message").asText());
        assertEquals(json("{\"id\":5,\"colour\":\"blue\"}"), json(send("GET", "/pens/5", null).body()),
                "the pen the spec's example shows is there from the start");
    }

    @Test
    void aStatelessMockAnswersEveryCallWithItsDocumentedExample() throws Exception {
        serve(MockOptions.STATELESS);
        HttpResponse<String> created = send("POST", "/pens", "{\"colour\":\"green\"}");
        assertEquals(201, created.statusCode());
        assertEquals(json("{\"id\":5,\"colour\":\"blue\"}"), json(created.body()), "a write is answered, not stored");
        HttpResponse<String> read = send("GET", "/pens/77", null);
        assertEquals(200, read.statusCode());
        assertEquals(json("{\"id\":5,\"colour\":\"blue\"}"), json(read.body()));
    }

    @Test
    void aRequestEqualToANamedExampleGetsTheAnswerOfThatName() throws Exception {
        serve(MockOptions.STATEFUL);
        HttpResponse<String> refused = send("POST", "/pens", "{\"colour\":\"leaky\"}");
        assertEquals(422, refused.statusCode());
        assertEquals(json("{\"message\":\"a leaky pen is no pen\",\"code\":\"leaky\"}"), json(refused.body()));
        assertEquals(404, send("GET", "/pens/6", null).statusCode(), "a refusal stores nothing");
    }
}
