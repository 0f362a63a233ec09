package org.jcrm.engine.scheduler.unpack;

import java.util.Comparator;

/** Case-insensitive comparison where digit runs compare as numbers ("node2" before "node10"). */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                long u = number(a, si, Math.min(i, si + 18));
                long v = number(b, sj, Math.min(j, sj + 18));
                if (u != v) {
                    return Long.compare(u, v);
                }
                continue;
            }
            int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
            if (c != 0) {
                return c;
            }
            i++;
            j++;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The value of the digits {@code s[from, to)} (at most 18 of them), read without a substring. */
    private static long number(String s, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + Character.digit(s.charAt(k), 10);
        }
        return v;
    }
}
