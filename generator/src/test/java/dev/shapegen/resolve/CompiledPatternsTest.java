package dev.shapegen.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.diag.Diagnostics;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.parse.SpecParser;
import dev.shapegen.resolve.regex.PatternAutomata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Patterns are compiled in the background once the generator asks, with the same results as compiling each one where
 * it is needed; a caller that only checks the model never pays for them.
 */
class CompiledPatternsTest {
  private static final String SPEC = """
      {"shapes": {
        "Thing": {"type": "structure", "members": {
          "Id": {"shape": "Id"}, "Name": {"shape": "Name"}, "Note": {"shape": "Note"}, "Code": {"shape": "Code"},
          "Ip": {"shape": "Ip"}}},
        "Id": {"type": "string", "pattern": "^[a-z]+$", "max": 64},
        "Name": {"type": "string", "pattern": "^[a-z]+$", "max": 64},
        "Note": {"type": "string", "pattern": ".*"},
        "Code": {"type": "string", "pattern": "^[A-Z]{3}$"},
        "Ip": {"type": "string", "pattern": "^(\\\\d{1,3}\\\\.){3}\\\\d{1,3}(?<!\\\\.0)$"}
      }}
      """;

  private static ResolvedModel resolve() {
    Diagnostics d = new Diagnostics();
    ServiceModel m = SpecParser.parse("s.json", SPEC.getBytes(StandardCharsets.UTF_8), d).orElseThrow();
    ResolvedModel model = Resolver.resolve(m, List.of(), List.of(), d);
    assertFalse(d.hasErrors(), d.all().toString());
    return model;
  }

  @Test
  void resolvingAloneCompilesNothing() {
    assertFalse(resolve().automata().started());
  }

  @Test
  void eachPatternGetsTheAutomatonItCompilesTo() {
    ResolvedModel model = resolve();
    model.automata().start();
    model.automata().start(); // a second start changes nothing
    assertTrue(model.automata().started());
    for (String name : List.of("Id", "Name", "Code", "Ip")) {
      var shape = model.shape(name);
      assertEquals(PatternAutomata.compile(shape.pattern(), ResolvedModel.maxLength(shape)).encoded(),
          model.automaton(shape), name);
    }
    assertNotNull(model.automaton(model.shape("Id")));
    assertEquals(model.automaton(model.shape("Id")), model.automaton(model.shape("Name")));
    assertNull(model.automaton(model.shape("Note")), "a pattern every string matches is not checked");
  }

  @Test
  void askingWithoutStartingStartsAndWaits() {
    ResolvedModel model = resolve();
    var code = model.shape("Code");
    assertEquals(PatternAutomata.compile(code.pattern(), ResolvedModel.maxLength(code)).encoded(),
        model.automaton(code));
    assertTrue(model.automata().started());
  }

  @Test
  void threadsAskingAtOnceSeeTheSameResults() throws Exception {
    ResolvedModel model = resolve();
    var id = model.shape("Id");
    String expected = PatternAutomata.compile(id.pattern(), ResolvedModel.maxLength(id)).encoded();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<String>> asks = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        asks.add(() -> model.automaton(id));
      }
      for (Future<String> answer : pool.invokeAll(asks)) {
        assertEquals(expected, answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
