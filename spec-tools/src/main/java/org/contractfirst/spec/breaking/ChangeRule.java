package org.contractfirst.spec.breaking;

import java.util.List;

/**
 * A rule of the breaking-change gate: it judges one kind of element of two versions of a spec, matched by the
 * comparers, and reports the changes it sees in the kinds it declares. Each rule is registered in
 * {@link org.contractfirst.spec.breaking.rules.ChangeRules} and each of its kinds is documented in specs/README.md.
 */
public interface ChangeRule {

    /** The kinds of change this rule reports, each with its stable id and severity. */
    List<Kind> kinds();

    /** Judges the two documents as a whole. */
    interface OfDocument extends ChangeRule {
        void judge(Pair<Node> documents, Changes changes);
    }

    /** Judges an operation present in both versions. */
    interface OfOperation extends ChangeRule {
        void judge(Pair<Operation> operations, Changes changes);
    }

    /** Judges a parameter present in both versions, resolved. */
    interface OfParameter extends ChangeRule {
        void judge(Pair<Node> parameters, Changes changes);
    }

    /** Judges a request body present in both versions, resolved. */
    interface OfRequestBody extends ChangeRule {
        void judge(Pair<Node> bodies, Changes changes);
    }

    /** Judges the {@code content} of a request or response body as a whole (read with {@link Elements#content}). */
    interface OfContent extends ChangeRule {
        void judge(Pair<Node> content, Changes changes);
    }

    /** Judges one media type present in both versions of a body. */
    interface OfMediaType extends ChangeRule {
        void judge(Pair<Node> mediaTypes, Changes changes);
    }

    /** Judges a response present in both versions, resolved. */
    interface OfResponse extends ChangeRule {
        void judge(Pair<Node> responses, Changes changes);
    }

    /** Judges a response header present in both versions, resolved. */
    interface OfHeader extends ChangeRule {
        void judge(Pair<Node> headers, Changes changes);
    }

    /** Judges a schema that offers no alternatives (or one alternative of a {@code oneOf}/{@code anyOf}). */
    interface OfSchema extends ChangeRule {
        void judge(SchemaPair schemas, Changes changes);
    }

    /** Judges the alternatives of a schema of which either version has {@code oneOf} or {@code anyOf}. */
    interface OfAlternatives extends ChangeRule {
        void judge(SchemaPair schemas, Alternatives alternatives, Changes changes);
    }
}
