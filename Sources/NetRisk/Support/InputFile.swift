// Reading an input file, where "-" means standard input.
import Foundation

public enum InputFile {
  /// The bytes at `path`, or everything on standard input when `path` is
  /// "-" (so any one input of a command can come from a pipe); nil when the
  /// file is missing or unreadable. Standard input is read once: a second
  /// "-" in the same run gets nothing.
  public static func contents(atPath path: String) -> Data? {
    path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
  }
}
