package com.example.orders;

import com.example.server.orders.OrdersImplementation;
import com.example.server.orders.model.Error;
import com.example.server.orders.model.NewOrder;
import com.example.server.orders.model.Order;
import com.example.server.orders.model.OrderPage;
import com.example.server.orders.model.OrderStatus;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractfirst.server.runtime.security.Authenticator;
import org.contractfirst.server.runtime.security.Caller;
import org.contractfirst.server.runtime.pipeline.ErrorShape;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The shop's orders, in memory: the hand-written side of the generated Orders server. */
public final class Shop implements OrdersImplementation {

    private final Map<UUID, Order> orders = new ConcurrentHashMap<>();
    private final String token;

    public Shop(String token) {
        this.token = token;
    }

    @Override
    public ListOrdersResult listOrders(Caller caller, OrderStatus status, Integer page, Integer size) {
        List<Order> matching = orders.values().stream().filter(order -> status == null || order.getStatus() == status)
                .sorted((a, b) -> a.getPlacedAt().compareTo(b.getPlacedAt())).toList();
        int from = (int) Math.min((long) page * size, matching.size());
        return new ListOrdersResult.Status200(new OrderPage().items(matching.subList(from, Math.min(from + size,
                matching.size()))).page(page).size(size).total(matching.size()));
    }

    @Override
    public CreateOrderResult createOrder(Caller caller, NewOrder newOrder) {
        UUID id = UUID.randomUUID();
        Order order = order(id, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), newOrder);
        orders.put(id, order);
        return new CreateOrderResult.Status201(order, "/v1/orders/" + id);
    }

    @Override
    public GetOrderResult getOrder(Caller caller, UUID orderId) {
        Order order = orders.get(orderId);
        return order == null ? new GetOrderResult.Status404(notFound(orderId)) : new GetOrderResult.Status200(order);
    }

    @Override
    public ReplaceOrderResult replaceOrder(Caller caller, UUID orderId, NewOrder newOrder) {
        Order replaced = orders.computeIfPresent(orderId, (id, old) -> order(id, old.getPlacedAt(), newOrder));
        return replaced == null ? new ReplaceOrderResult.Status404(notFound(orderId))
                : new ReplaceOrderResult.Status200(replaced);
    }

    @Override
    public DeleteOrderResult deleteOrder(Caller caller, UUID orderId) {
        return orders.remove(orderId) == null ? new DeleteOrderResult.Status404(notFound(orderId))
                : new DeleteOrderResult.Status204();
    }

    /** Every refusal in the API's one error shape, with a status its spec documents. */
    @Override
    public ErrorShape errors() {
        return (kind, message) -> {
            int status = switch (kind) {
                case MISSING_CREDENTIALS, UNAUTHENTICATED -> 401;
                case NOT_FOUND -> 404;
                case METHOD_NOT_ALLOWED -> 405;
                case NOT_ACCEPTABLE -> 406;
                case INTERNAL, FORBIDDEN, RATE_LIMITED, NOT_IMPLEMENTED, UNAVAILABLE, UPSTREAM_TIMEOUT -> 500;
                default -> 400;
            };
            String code = switch (status) {
                case 401 -> "unauthorized";
                case 404 -> "not_found";
                case 400 -> "bad_request";
                default -> "error";
            };
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Error().code(code).message(message)).build();
        };
    }

    @Override
    public Authenticator authenticator() {
        return (scheme, credential) -> token.equals(credential) ? Optional.of(new Caller("shop", credential, Set.of()))
                : Optional.empty();
    }

    private static Order order(UUID id, OffsetDateTime placedAt, NewOrder order) {
        return new Order().id(id).placedAt(placedAt).item(order.getItem()).quantity(order.getQuantity())
                .status(order.getStatus() == null ? OrderStatus.PLACED : order.getStatus()).note(order.getNote());
    }

    private static Error notFound(UUID id) {
        return new Error().code("not_found").message("no order " + id);
    }
}
