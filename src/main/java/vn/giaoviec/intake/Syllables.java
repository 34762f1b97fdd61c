package vn.giaoviec.intake;

import java.util.List;
import java.util.Set;

/**
 * Whether a word is a Vietnamese syllable (onset + rhyme, diacritics folded). A person's name is
 * made of syllables, so a name OCR garbled ("Uoéng Minh Long") shows itself and is not passed on
 * as if it were read.
 */
final class Syllables {

    private static final List<String> ONSETS = List.of("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
            "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");
    private static final Set<String> RHYMES = Set.of(
            "a", "ai", "ao", "au", "ay", "ac", "ach", "am", "an", "ang", "anh", "ap", "at",
            "e", "eo", "ec", "em", "en", "eng", "ep", "et", "ech", "enh", "eu",
            "i", "ia", "iu", "ich", "im", "in", "inh", "ip", "it", "iec", "iem", "ien", "ieng", "iep", "iet", "ieu",
            "o", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay", "oe", "oen",
            "oeo", "oet", "oc", "oi", "om", "on", "ong", "oong", "ooc", "op", "ot",
            "u", "ua", "uan", "uang", "uat", "uay", "uc", "ue", "ui", "um", "un", "ung", "uo", "uoc", "uoi", "uom",
            "uon", "uong", "uop", "uot", "uou", "up", "ut", "uu", "uy", "uya", "uych", "uyen", "uyet", "uynh", "uyt",
            "uyu", "uenh", "uen", "y", "yen", "yet", "yeu", "ynh");

    private Syllables() {
    }

    static boolean valid(String word) {
        String w = Fold.key(word);
        if (w.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        for (String onset : ONSETS) {
            if (w.startsWith(onset) && RHYMES.contains(w.substring(onset.length()))) {
                return true;
            }
        }
        return false;
    }
}
