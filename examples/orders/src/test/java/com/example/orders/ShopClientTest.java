package com.example.orders;

import com.example.client.orders.ApiException;
import com.example.client.orders.api.OrdersApi;
import com.example.client.orders.model.Error;
import com.example.client.orders.model.NewOrder;
import com.example.client.orders.model.Order;
import com.example.client.orders.model.OrderPage;
import com.example.client.orders.model.OrderStatus;
import com.example.server.orders.OrdersDefinition;
import org.contractfirst.client.runtime.ClientConfig;
import org.contractfirst.server.runtime.ApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The shop through the generated client: what a caller of the API writes. */
class ShopClientTest {

    private static final String TOKEN = "client-test-token";
    private static ApiServer server;
    private static OrdersApi orders;

    @BeforeAll
    static void start() {
        server = ApiServer.start(new OrdersDefinition(), new Shop(TOKEN), 0);
        orders = new OrdersApi(ClientConfig.of(server.baseUri().toString()).withCredential(TOKEN));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anOrderPlacedIsReadListedReplacedAndDeleted() throws ApiException {
        Order placed = orders.createOrder(new NewOrder().item("Espresso beans, 1 kg").quantity(2));

        assertEquals(OrderStatus.PLACED, placed.getStatus());
        assertNotNull(placed.getPlacedAt());
        assertEquals(placed, orders.getOrder(placed.getId()));
        OrderPage page = orders.listOrders(OrderStatus.PLACED, 0, 100);
        assertEquals(placed.getId(), page.getItems().get(page.getItems().size() - 1).getId());

        Order paid = orders.replaceOrder(placed.getId(), new NewOrder().item("Espresso beans, 1 kg").quantity(3)
                .status(OrderStatus.PAID));
        assertEquals(3, paid.getQuantity());
        assertEquals(placed.getPlacedAt(), paid.getPlacedAt());

        orders.deleteOrder(placed.getId());
        ApiException gone = assertThrows(ApiException.class, () -> orders.getOrder(placed.getId()));
        assertEquals(404, gone.status());
        assertEquals("not_found", gone.errorBody(Error.class).getCode());
    }

    @Test
    void aQuantityOverItsMaximumIsRefusedWithTheDocumented400NamingTheProperty() {
        ApiException refused = assertThrows(ApiException.class,
                () -> orders.createOrder(new NewOrder().item("Tea").quantity(1001)));

        assertEquals(400, refused.status());
        assertEquals("bad_request", refused.errorBody(Error.class).getCode());
        assertEquals(true, refused.errorBody(Error.class).getMessage().contains("quantity"), refused.rawBodyText());
    }

    @Test
    void aWrongTokenIs401() {
        OrdersApi stranger = new OrdersApi(ClientConfig.of(server.baseUri().toString()).withCredential("wrong"));

        assertEquals(401, assertThrows(ApiException.class, () -> stranger.getOrder(UUID.randomUUID())).status());
    }
}
