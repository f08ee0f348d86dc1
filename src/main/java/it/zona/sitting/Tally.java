package it.zona.sitting;

/**
 * The count of an item's votes by the body's rules: the weight in favour, against and abstained, the
 * base the majority is taken of (abstentions in it or not), and the outcome. Never typed: computed.
 */
public record Tally(
        WeightBasis basis,
        Share majority,
        boolean abstentionsCounted,
        long inFavour,
        long against,
        long abstained,
        long base,
        boolean approved) {}
