package com.example.orders;

import com.example.server.orders.OrdersDefinition;
import org.contractfirst.server.runtime.ApiServer;

/** {@code java com.example.orders.Main [HOST [PORT]]}: serves the shop on 127.0.0.1:8080 unless told otherwise. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        String token = System.getenv().getOrDefault("ORDERS_TOKEN", "orders-demo-token");
        ApiServer server = ApiServer.start(new OrdersDefinition(), new Shop(token), host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("orders " + server.baseUri());
        Thread.currentThread().join();
    }
}
