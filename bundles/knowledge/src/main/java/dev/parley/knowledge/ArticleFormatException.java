package dev.parley.knowledge;

/** An article file that cannot be served; the message says what is wrong and how to fix it. */
final class ArticleFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    ArticleFormatException(String message) {
        super(message);
    }
}
