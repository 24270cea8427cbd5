package dev.parley.nlp.entity;

import dev.parley.api.nlp.Entity;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds the candidates of one kind of entity. Candidates may overlap those of other recognizers;
 * {@link OverlapResolver} decides between them. Implementations are immutable and thread-safe.
 */
interface SpanRecognizer {

    /**
     * Adds every candidate found in {@code text} to {@code found}.
     *
     * @param today the reference date that relative and year-less dates resolve against
     */
    void findAll(String text, LocalDate today, List<Entity> found);
}
