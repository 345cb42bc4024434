package io.newsflow.store.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class StoryPageTest {

    @Test
    void a_version_added_the_paragraphs_no_earlier_one_has_case_and_spacing_aside() {
        var seen = new HashSet<String>();
        StoryPage.added("NATO met on Tuesday.\n\nThe talks ended.", seen);

        assertThat(StoryPage.added("nato  met on\nTuesday.\r\n\r\nA new line of inquiry.\n \nThe talks ended.", seen))
                .containsExactly("A new line of inquiry.");
        assertThat(StoryPage.added("The talks ended.", seen)).isEmpty();
    }
}
