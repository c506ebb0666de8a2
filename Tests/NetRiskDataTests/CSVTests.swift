// Edge cases of the CSV reader and writer, including malformed input.
import Foundation
import Testing
@testable import NetRiskData

private func fields(_ text: String) throws -> [[String]] {
  try CSV.parse(text).map(\.fields)
}

private func lines(_ text: String) throws -> [Int] {
  try CSV.parse(text).map(\.line)
}

@Test func plainRecordsWithAndWithoutFinalLineBreak() throws {
  #expect(try fields("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
  #expect(try fields("a,b\n1,2") == [["a", "b"], ["1", "2"]])
  #expect(try fields("") == [])
  #expect(try fields("\n\n") == [])
}

@Test func emptyFieldsAnywhereInTheRecord() throws {
  #expect(try fields(",\n") == [["", ""]])
  #expect(try fields("a,,c\n,b,\n") == [["a", "", "c"], ["", "b", ""]])
  #expect(try fields("a,") == [["a", ""]])
  #expect(try fields("\"\"") == [[""]])
}

@Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
  #expect(try fields("\"Cape Town, ZA\",x\n") == [["Cape Town, ZA", "x"]])
  #expect(try fields("\"say \"\"hi\"\"\",2\n") == [["say \"hi\"", "2"]])
  #expect(try fields("\"two\nlines\",b\nc,d\n") == [["two\nlines", "b"], ["c", "d"]])
  #expect(try fields("\"crlf\r\ninside\"\r\n") == [["crlf\r\ninside"]])
  #expect(try fields("\"\"\"\"") == [["\""]])
  #expect(try fields("a,\"\"\n") == [["a", ""]])
}

@Test func lineNumbersAreWhereEachRecordStarts() throws {
  #expect(try lines("h\n\"a\nb\nc\",x\nnext\n") == [1, 2, 5])
  #expect(try lines("h\r\n1\r\n\r\n2\r\n") == [1, 2, 4])
  #expect(try lines("h\r1\r2") == [1, 2, 3])
}

@Test func crlfAndLoneCarriageReturnEndRecords() throws {
  #expect(try fields("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
  #expect(try fields("a,b\r1,2\r") == [["a", "b"], ["1", "2"]])
  #expect(try fields("a\r\n") == [["a"]])
}

@Test func byteOrderMarkIsSkipped() throws {
  let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("code,name\nKE,Kenya\n".utf8)
  let records = try CSV.parse(bytes)
  #expect(records.map(\.fields) == [["code", "name"], ["KE", "Kenya"]])
  #expect(records[0].fields[0] == "code")
}

@Test func unicodeTextIsKept() throws {
  #expect(try fields("Curaçao,Réunion,\"Nuku'alofa, 東京\"\n") == [["Curaçao", "Réunion", "Nuku'alofa, 東京"]])
}

@Test func spacesAreData() throws {
  #expect(try fields(" a , b \n") == [[" a ", " b "]])
}

@Test func unterminatedQuoteNamesWhereTheFieldOpened() {
  #expect(throws: CSVSyntaxError(
    message: "quoted field is never closed (end of input reached); close it with '\"'", line: 2, column: 3)
  ) {
    try CSV.parse("a,b\n1,\"open\nstill open\n")
  }
}

@Test func strayQuoteInUnquotedFieldIsAnError() {
  let expected = CSVSyntaxError(
    message: "quote character inside an unquoted field; quote the whole field and double the inner quote",
    line: 3, column: 6)
  #expect(throws: expected) { try CSV.parse("h,i\nx,y\nab,cd\"e\n") }
  #expect(expected.description
    == "line 3, column 6: quote character inside an unquoted field; quote the whole field and double the inner quote")
}

@Test func textAfterClosingQuoteIsAnError() {
  #expect(throws: CSVSyntaxError(
    message: "unexpected character 'x' after a closing quote; expected ',' or the end of the line", line: 1, column: 7)
  ) {
    try CSV.parse("a,\"bc\"x,d\n")
  }
}

@Test func columnsCountUnicodeScalarsNotBytes() {
  #expect(throws: CSVSyntaxError(
    message: "quote character inside an unquoted field; quote the whole field and double the inner quote",
    line: 1, column: 8)
  ) {
    try CSV.parse("Curaçao\"\n")
  }
}

@Test func columnsCountFromTheLineInsideAMultiLineRecord() {
  #expect(throws: CSVSyntaxError(
    message: "unexpected character 'z' after a closing quote; expected ',' or the end of the line", line: 3, column: 5)
  ) {
    try CSV.parse("a,\"one\ntwo\nend\"z\n")
  }
}

@Test func invalidUTF8IsAnError() {
  let bytes: [UInt8] = Array("ok,".utf8) + [0xC3, 0x28] + Array("\n".utf8)
  #expect(throws: CSVSyntaxError(message: "field is not valid UTF-8", line: 1, column: 4)) {
    try CSV.parse(bytes)
  }
}

@Test func writerQuotesOnlyWhenNeeded() {
  #expect(CSV.encodeField("plain text") == "plain text")
  #expect(CSV.encodeField("a,b") == "\"a,b\"")
  #expect(CSV.encodeField("say \"hi\"") == "\"say \"\"hi\"\"\"")
  #expect(CSV.encodeField("two\nlines") == "\"two\nlines\"")
  #expect(CSV.encodeField("cr\r") == "\"cr\r\"")
  #expect(CSV.encodeField("") == "")
  #expect(CSV.encode([["id", "name"], ["1", "A, B"]]) == "id,name\n1,\"A, B\"\n")
  #expect(CSV.encode([[""]]) == "\"\"\n")
  #expect(CSV.encode([]) == "")
}

/// A tiny generator for round-trip tests; seeded, never system randomness.
private struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Test(arguments: 0..<200)
func writeThenReadGivesTheSameRows(seed: UInt64) throws {
  var random = SplitMix64(state: seed)
  let alphabet: [String] = ["a", "Z", "0", ",", "\"", "\n", "\r\n", " ", "é", "東", ";"]
  let columns = Int.random(in: 1...4, using: &random)
  let rows: [[String]] = (0..<Int.random(in: 0...6, using: &random)).map { _ in
    (0..<columns).map { _ in
      (0..<Int.random(in: 0...5, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "" }.joined()
    }
  }
  let text = CSV.encode(rows)
  #expect(try CSV.parse(text).map(\.fields) == rows, "seed \(seed)")
  #expect(CSV.encode(try CSV.parse(text).map(\.fields)) == text, "seed \(seed)")
}

@Test(arguments: 0..<200)
func arbitraryBytesNeverCrashTheReader(seed: UInt64) {
  var random = SplitMix64(state: seed)
  let pieces: [[UInt8]] = [[0x22], [0x2C], [0x0A], [0x0D], [0x61], [0xC3, 0xA9], [0xFF], [0xEF, 0xBB, 0xBF]]
  var bytes: [UInt8] = []
  for _ in 0..<Int.random(in: 0...40, using: &random) {
    bytes += pieces.randomElement(using: &random) ?? []
  }
  do {
    let records = try CSV.parse(bytes)
    #expect(records.allSatisfy { $0.line >= 1 }, "seed \(seed)")
  } catch {
    #expect(error.line >= 1 && error.column >= 1, "seed \(seed)")
  }
}
