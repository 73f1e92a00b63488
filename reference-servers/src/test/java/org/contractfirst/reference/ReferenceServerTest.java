package org.contractfirst.reference;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.contractfirst.server.runtime.ApiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A fresh reference server on a free loopback port for each test, and requests to it. */
public abstract class ReferenceServerTest {

    protected ApiServer server;

    /** The API under test, by its spec's name. */
    protected abstract String api();

    @BeforeEach
    void startServer() {
        server = ReferenceServers.start(api(), 0).server();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    protected RequestSpecification anonymous() {
        return RestAssured.given().baseUri(server.baseUri().toString());
    }

    protected RequestSpecification withBearer(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** Runs every task at once on its own thread and waits for all of them, failing if one failed. */
    protected static void inParallel(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                running.add(pool.submit(task));
            }
            for (Future<Void> task : running) {
                task.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
