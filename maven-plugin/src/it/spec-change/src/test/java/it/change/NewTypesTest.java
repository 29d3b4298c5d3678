package it.change;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NewTypesTest {
    @Test
    void theSecondBuildCompilesAgainstTheNewTypes() {
        assertEquals(3, Grows.builder().size(3).build().size());
        assertEquals("a", new Arrives("a").name());
        assertEquals("it.mine.Mine", it.mine.Mine.class.getName());
    }
}
