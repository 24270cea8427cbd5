/**
 * Sentiment and emotion of customer messages in plain Java: a port of VADER's lexicon-and-rules
 * polarity scoring ({@link dev.parley.nlp.sentiment.SentimentEngine}), a customer-service emotion
 * lexicon, and {@link dev.parley.nlp.sentiment.SentimentEvaluation} to measure both against
 * labelled data.
 *
 * <p>Nothing here knows OSGi: the model extender reads the lexicons out of a sentiment model
 * bundle ({@link dev.parley.nlp.sentiment.SentimentLexicon#read},
 * {@link dev.parley.nlp.sentiment.EmotionLexicon#read}) and publishes the engine as a service.
 * The package is private to the NLP bundle.
 */
package dev.parley.nlp.sentiment;
