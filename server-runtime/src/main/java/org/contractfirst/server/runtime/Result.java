package org.contractfirst.server.runtime;

/** A documented response of an operation: its status and its body (null for none). Generated results implement it. */
public interface Result {

    int status();

    Object body();
}
