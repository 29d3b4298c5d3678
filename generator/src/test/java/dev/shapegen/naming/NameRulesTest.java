package dev.shapegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pure spelling rules. Reserved words and collisions are the Namer's business, so these tests only pin how a
 * single spec name is spelled in Java.
 */
class NameRulesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // A single capital starts the name: just lower it.
    "TrainingPlanArn, trainingPlanArn",
    // A run of capitals is an acronym; its last capital starts the next word.
    "KMSKeyId, kmsKeyId",
    // Digits belong to the leading acronym.
    "S3Uri, s3Uri",
    "EC2InstanceType, ec2InstanceType",
    // All capitals: the whole name is one acronym.
    "ARN, arn",
    "S3, s3",
    "A, a",
    // Already lowerCamel: unchanged.
    "nextToken, nextToken",
    // Capitals later in the name are left alone.
    "TrainingPlanARN, trainingPlanARN",
  })
  void memberNameLowersTheLeadingWordOrAcronym(String spec, String expected) {
    assertEquals(expected, NameRules.memberName(spec));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // Dashes and dots separate words, as in header and query names.
    "max-keys, maxKeys",
    "x-amz-request-id, xAmzRequestId",
    "a.b, aB",
    "Content-Type, contentType",
    // Underscores are legal in Java and kept as written.
    "snake_case, snake_case",
    "_private, _private",
    // Runs of separators count once.
    "a--b, aB",
    "-leading, leading",
    "trailing-, trailing",
  })
  void memberNameJoinsWordsAroundSeparators(String spec, String expected) {
    assertEquals(expected, NameRules.memberName(spec));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // A Java identifier cannot start with a digit, so an underscore goes in front.
    "3DModel, _3dModel",
    "2fa, _2fa",
    "123, _123",
  })
  void memberNameStartingWithADigitGetsAnUnderscore(String spec, String expected) {
    assertEquals(expected, NameRules.memberName(spec));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "...", "@#$", "\u00e9\u00e8"})
  void memberNameWithNoUsableCharacterFallsBackToMember(String spec) {
    assertEquals("member", NameRules.memberName(spec));
  }

  @ParameterizedTest
  @ValueSource(strings = {"TrainingPlanArn", "KMSKeyId", "3DModel", "a-b", "x.y.z", "_", "S3", "\u00fcber", ""})
  void memberNameIsAlwaysALegalIdentifier(String spec) {
    String name = NameRules.memberName(spec);
    // Keywords such as "_" are the Namer's to rename; here only the characters matter.
    assertTrue(SourceVersion.isIdentifier(name), name);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "TrainingPlanArn, TrainingPlanArn",
    "trainingPlan, TrainingPlan",
    "my-shape, MyShape",
    "my.shape, MyShape",
    "ARN, ARN",
    "snake_case, Snake_case",
    "3DModel, _3DModel",
    "'', Shape",
    "---, Shape",
  })
  void typeNameIsUpperCamelAndLegal(String spec, String expected) {
    assertEquals(expected, NameRules.typeName(spec));
    assertTrue(SourceVersion.isIdentifier(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "ml.trn1.32xlarge, ML_TRN1_32XLARGE",
    "ml.p4d.24xlarge, ML_P4D_24XLARGE",
    "training-job, TRAINING_JOB",
    "Pending, PENDING",
    "ALREADY_UPPER, ALREADY_UPPER",
    // Runs of separators become one underscore; separators at either end are dropped.
    "a -- b, A_B",
    "..a.., A",
    "'  spaced out  ', SPACED_OUT",
  })
  void enumConstantUpperCasesAndJoinsWithUnderscores(String value, String expected) {
    assertEquals(expected, NameRules.enumConstant(value));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "32xlarge, _32XLARGE",
    "2024-01-01, _2024_01_01",
    "1, _1",
    // The leading separator is dropped first, then the digit still needs the prefix.
    ".5, _5",
  })
  void enumConstantStartingWithADigitGetsAnUnderscore(String value, String expected) {
    assertEquals(expected, NameRules.enumConstant(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "*", "---", "+/-", "\u65e5\u672c"})
  void enumConstantWithNoLetterOrDigitIsValue(String value) {
    assertEquals("VALUE", NameRules.enumConstant(value));
  }

  @Test
  void enumConstantKeepsOnlyAsciiLettersSoAccentsSplitWords() {
    // Non-ASCII letters are treated as separators: the constant stays ASCII, at the cost of a split.
    assertEquals("CAF", NameRules.enumConstant("caf\u00e9"));
    assertEquals("NA_VE", NameRules.enumConstant("na\u00efve"));
  }

  @Test
  void enumConstantDoesNotSplitMixedCase() {
    // Only separators split words; "InService" is one word to this rule.
    assertEquals("INSERVICE", NameRules.enumConstant("InService"));
    assertEquals("INSERVICE", NameRules.enumConstant("inservice"));
  }

  @Test
  void enumConstantOfDashAndDotAreTheSameSoTheNamerMustTellThemApart() {
    assertEquals(NameRules.enumConstant("a-b"), NameRules.enumConstant("a.b"));
    assertEquals("A_B", NameRules.enumConstant("a.b"));
    // But a separator is not nothing: "ab" stays apart from "a-b".
    assertNotEquals(NameRules.enumConstant("ab"), NameRules.enumConstant("a-b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ml.trn1.32xlarge", "32xlarge", "", "\u00e9", "a-b", "_x_"})
  void enumConstantIsAlwaysALegalIdentifier(String value) {
    assertTrue(SourceVersion.isIdentifier(NameRules.enumConstant(value)));
  }
}
