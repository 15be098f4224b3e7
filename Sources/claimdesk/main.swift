import ClaimdeskCLI

await ClaimdeskCommand.runMain()
