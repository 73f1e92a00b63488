package org.contractfirst.benchmarks.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.contractfirst.client.bird.ApiException;
import org.contractfirst.client.bird.api.CurrentUserApi;
import org.contractfirst.client.bird.model.User;
import org.contractfirst.client.runtime.ClientConfig;
import org.contractfirst.reference.ReferenceServers;
import org.contractfirst.reference.bird.BirdReference;
import org.contractfirst.server.runtime.ApiServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/** Bird's {@code GET /me} through the generated client, and the same call written by hand, to one local server. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BirdGetProfileBenchmark {

    private ApiServer server;
    private CurrentUserApi client;
    private HttpClient http;
    private ObjectMapper json;
    private URI me;

    @Setup
    public void start() {
        server = ReferenceServers.start("bird", 0).server();
        client = new CurrentUserApi(ClientConfig.of(server.baseUri().toString()).withCredential(BirdReference.DEMO_TOKEN));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        me = URI.create(server.baseUri() + "/me");
    }

    @TearDown
    public void stop() {
        server.close();
    }

    @Benchmark
    public User generatedClient() throws ApiException {
        return client.getProfile();
    }

    @Benchmark
    public User handWritten() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(me)
                .header("Authorization", "Bearer " + BirdReference.DEMO_TOKEN).header("Accept", "application/json")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET /me answered " + response.statusCode());
        }
        return json.readValue(response.body(), User.class);
    }
}
