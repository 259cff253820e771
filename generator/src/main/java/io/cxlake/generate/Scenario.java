package io.cxlake.generate;

/** A planted contact scenario: channel x query type x mood x goal, drawn with a weight within its channel. */
record Scenario(String id, Channel channel, QueryType queryType, Mood mood, Goal goal, double weight) {
}
