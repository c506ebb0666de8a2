import Testing
import NetRiskData

@Suite struct JSONValueTests {
  let value = JSONValue.object([
    "b": .array([.string("x"), .integer(2), .number(0.5), .bool(true), .null]),
    "a": .array([.object(["k": .array([])]), .object([:])]),
  ])

  @Test func canonicalTextSortsKeysAndWritesOneItemPerLine() {
    #expect(value.canonicalText == """
      {
        "a": [
          {
            "k": []
          },
          {}
        ],
        "b": [
          "x",
          2,
          0.500000,
          true,
          null
        ]
      }

      """)
  }

  /// The import summary's layout: arrays of scalars on one line, everything else as canonical.
  @Test func inlineScalarArraysStayOnOneLine() {
    #expect(value.canonicalTextWithInlineScalarArrays == """
      {
        "a": [
          {
            "k": []
          },
          {}
        ],
        "b": ["x", 2, 0.500000, true, null]
      }

      """)
  }
}
