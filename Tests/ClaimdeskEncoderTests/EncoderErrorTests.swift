@testable import ClaimdeskEncoder
import Foundation
import Testing

struct EncoderErrorTests {
  @Test func missingFolderReportsTheMissingFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(throws: EncoderError.missingFile(path: folder.appendingPathComponent("config.json").path)) {
      try SentenceEncoder(modelDirectory: folder)
    }
  }

  @Test func missingTensorAndShapeMismatchAreReported() throws {
    let url = try SafeTensorsTests.write(
      header: #"{"embeddings.word_embeddings.weight":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}}"#,
      data: SafeTensorsTests.littleEndianBytes([0, 0, 0, 0]))
    defer { try? FileManager.default.removeItem(at: url) }
    let file = try SafeTensorsFile(url: url)
    #expect(throws: EncoderError.shapeMismatch(name: "embeddings.word_embeddings.weight", expected: [30522, 384], found: [2, 2])) {
      try BertWeights(file: file, config: BertConfig(), packForSIMD: false)
    }
    var tiny = BertConfig()
    tiny.vocabularySize = 2
    tiny.hiddenSize = 2
    #expect(throws: EncoderError.missingTensor(name: "embeddings.position_embeddings.weight", path: url.path)) {
      try BertWeights(file: file, config: tiny, packForSIMD: false)
    }
  }

  @Test func everyDescriptionSaysWhatToDo() {
    let errors: [EncoderError] = [
      .missingFile(path: "/m/vocab.txt"), .badSafeTensorsHeader(path: "/m/model.safetensors", reason: "r"),
      .missingTensor(name: "t", path: "/m/model.safetensors"), .badVocabulary(path: "/m/vocab.txt", missingToken: "[UNK]"),
      .shapeMismatch(name: "t", expected: [1], found: [2]),
    ]
    for error in errors {
      #expect(error.description.contains("install-model"))
      #expect(!error.description.contains("\n"))
    }
  }
}
