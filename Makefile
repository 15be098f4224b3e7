# The README's two commands (`make test` also regenerates the shipped weights and compares
# them, scripts/check-generated). Each installs what is missing first (scripts/bootstrap), so they
# work on a fresh Debian machine with only the Swift toolchain (`make test` runs the tests beside a
# throwaway PostgreSQL cluster, scripts/test-postgres); `swift build`, `swift run` and
# `swift test` work as usual once the packages are there.
WORKSPACE ?= /tmp/claimdesk-demo

.PHONY: demo test build
demo:
	@scripts/bootstrap build
	swift run claimdesk check examples/harbor-transit.md --workspace $(WORKSPACE)

test:
	@scripts/bootstrap test
	scripts/test-postgres swift test
	scripts/check-generated
	tests/browser/run

build:
	@scripts/bootstrap build
	swift build
