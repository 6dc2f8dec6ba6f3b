package org.sinus.engine.scenario;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed access to a composed YAML node tree, where every failure is a {@link ScenarioException} with the file, the
 * line and the field path. Scalars are typed here, not by YAML tags: an integer is a plain (unquoted) decimal
 * scalar, a number a plain decimal with optional fraction and exponent, a boolean plain {@code true}/{@code false}.
 */
final class YamlReader {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    /**
     * A value in the tree with its location.
     *
     * @param path the field path, e.g. {@code arms[1].picso}; empty for the document
     * @param line the line to report, from 1: the key's line for a mapping entry, the item's line for a list item
     * @param node the value node
     */
    record Entry(String path, int line, Node node) {
    }

    private final String file;

    YamlReader(String file) {
        this.file = file;
    }

    ScenarioException error(Entry at, String problem, String allowed) {
        return new ScenarioException(file, at.line(), at.path().isEmpty() ? "(top level)" : at.path(), problem,
            allowed);
    }

    ScenarioException notAllowed(Entry at, String allowed) {
        return error(at, "value '" + show(at.node()) + "' is not allowed", allowed);
    }

    /**
     * Reads a mapping, rejecting non-scalar keys, duplicate keys and keys not in {@code keys}.
     *
     * @param at the entry that must be a mapping
     * @param allowed what to say if it is not a mapping
     * @param keys the allowed keys
     * @return the entries by key, in file order
     */
    Map<String, Entry> mapping(Entry at, String allowed, List<String> keys) throws ScenarioException {
        if (!(at.node() instanceof MappingNode mapping)) {
            throw notAllowed(at, allowed);
        }
        final Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            final Node keyNode = t.getKeyNode();
            final int line = line(keyNode, at.line());
            final String key = keyNode instanceof ScalarNode s ? s.getValue() : null;
            final Entry keyAt = new Entry(child(at.path(), key == null ? "?" : key), line, keyNode);
            if (key == null) {
                throw error(keyAt, "a key must be a plain word, not '" + show(keyNode) + "'", keyList(keys));
            }
            if (!keys.contains(key)) {
                throw error(keyAt, "key '" + key + "' is not allowed", keyList(keys));
            }
            final Entry previous = entries.get(key);
            if (previous != null) {
                throw error(keyAt, "key '" + key + "' appears twice (first on line " + previous.line() + ")",
                    "each key once");
            }
            entries.put(key, new Entry(keyAt.path(), line, t.getValueNode()));
        }
        return entries;
    }

    /** Returns the entry unless it is absent or has an empty value ({@code key:}, {@code null} or {@code ~}). */
    static Optional<Entry> optional(Map<String, Entry> map, String key) {
        final Entry e = map.get(key);
        return e == null || isNull(e.node()) ? Optional.empty() : Optional.of(e);
    }

    Entry required(Map<String, Entry> map, Entry owner, String key, String allowed) throws ScenarioException {
        final Entry e = map.get(key);
        if (e == null) {
            throw error(new Entry(child(owner.path(), key), owner.line(), owner.node()), "is missing", allowed);
        }
        if (isNull(e.node())) {
            throw error(e, "has no value", allowed);
        }
        return e;
    }

    List<Entry> sequence(Entry at, String allowed) throws ScenarioException {
        if (!(at.node() instanceof SequenceNode seq)) {
            throw notAllowed(at, allowed);
        }
        final List<Entry> items = new ArrayList<>();
        for (Node n : seq.getValue()) {
            items.add(new Entry(at.path() + "[" + items.size() + "]", line(n, at.line()), n));
        }
        return items;
    }

    String text(Entry at, String allowed) throws ScenarioException {
        if (!(at.node() instanceof ScalarNode s)) {
            throw notAllowed(at, allowed);
        }
        return s.getValue();
    }

    /** An integer in [lo, hi]; a value outside is reported here, as the record's type could not hold it. */
    long integer(Entry at, long lo, long hi) throws ScenarioException {
        final String allowed = Specs.integerRangeText(lo, hi);
        if (!(at.node() instanceof ScalarNode s) || !s.isPlain() || !INTEGER.matcher(s.getValue()).matches()) {
            throw notAllowed(at, allowed);
        }
        final BigInteger v = new BigInteger(s.getValue());
        if (v.compareTo(BigInteger.valueOf(lo)) < 0 || v.compareTo(BigInteger.valueOf(hi)) > 0) {
            throw notAllowed(at, allowed);
        }
        return v.longValueExact();
    }

    /** A finite number; the range is checked by the record, which reports it with its allowed interval. */
    double number(Entry at, String allowed) throws ScenarioException {
        if (!(at.node() instanceof ScalarNode s) || !s.isPlain() || !NUMBER.matcher(s.getValue()).matches()) {
            throw notAllowed(at, allowed);
        }
        final double v = Double.parseDouble(s.getValue());
        if (!Double.isFinite(v)) {
            throw notAllowed(at, allowed);
        }
        return v;
    }

    /** A switch: the plain word {@code on} or {@code off}. */
    boolean onOff(Entry at) throws ScenarioException {
        if (at.node() instanceof ScalarNode s && s.isPlain()
                && (s.getValue().equals("on") || s.getValue().equals("off"))) {
            return s.getValue().equals("on");
        }
        throw notAllowed(at, "on or off");
    }

    boolean bool(Entry at) throws ScenarioException {
        if (at.node() instanceof ScalarNode s && s.isPlain()
                && (s.getValue().equals("true") || s.getValue().equals("false"))) {
            return s.getValue().equals("true");
        }
        throw notAllowed(at, "true or false");
    }

    /**
     * Finds the entry a record's relative field refers to ({@code name}, {@code picso.release-s},
     * {@code arms[1].name}); stops at the deepest part present in the file.
     */
    static Entry locate(Entry base, String relative) {
        Entry at = base;
        for (String part : relative.split("\\.")) {
            final int bracket = part.indexOf('[');
            final String key = bracket < 0 ? part : part.substring(0, bracket);
            at = childOf(at, key);
            if (at == null) {
                return null;
            }
            if (bracket >= 0) {
                final int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
                if (!(at.node() instanceof SequenceNode seq) || index >= seq.getValue().size()) {
                    return at;
                }
                final Node item = seq.getValue().get(index);
                at = new Entry(at.path() + "[" + index + "]", line(item, at.line()), item);
            }
        }
        return at;
    }

    private static Entry childOf(Entry at, String key) {
        if (at.node() instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return new Entry(child(at.path(), key), line(t.getKeyNode(), at.line()), t.getValueNode());
                }
            }
        }
        return null;
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static int line(Node node, int fallback) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(fallback);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.isPlain()
            && (s.getTag().equals(Tag.NULL) || s.getValue().isEmpty() || s.getValue().equals("~")
                || s.getValue().equals("null"));
    }

    /** The value as written, for messages: a scalar's text (quoted if it was), or {@code [...]} / {@code {...}}. */
    static String show(Node node) {
        if (node instanceof ScalarNode s) {
            return switch (s.getScalarStyle()) {
                case DOUBLE_QUOTED -> '"' + s.getValue() + '"';
                case SINGLE_QUOTED -> "'" + s.getValue() + "'";
                default -> s.getValue();
            };
        }
        return node instanceof SequenceNode ? "[...]" : "{...}";
    }

    private static String keyList(List<String> keys) {
        return (keys.size() == 1 ? "the key " : "one of the keys ") + String.join(", ", keys);
    }
}
