# Two entry points: `make run` (set up, then chat on the bundled speech) and
# `make test` (set up, then run every test, slow ones included).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test test-other-cpu browser bench clean

setup: $(STAMP)

# torch first, pinned: the CPU wheel on this machine's disk. A plain `torch` pulls CUDA.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: setup
	$(BIN)/qa chat

# Debian's Chromium for the browser test (Playwright's own download fails offline).
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/opentype/noto ] \
	  || [ ! -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]; then \
	  echo "Installing Debian chromium, CJK and emoji fonts for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk \
	   fonts-noto-color-emoji >/dev/null) \
	  || echo "could not install chromium: the browser test will fail"; fi

# Two workers, a test file each at a time (its module fixtures built once): the suite waits on
# browsers and subprocesses as much as on the CPU, so two share two cores well.
test: setup browser
	$(BIN)/python -m pytest -n 2 --dist loadfile

# The tests again under another CPU's arithmetic (AVX2, as a machine without AVX-512 computes): the
# int8 vectors differ a little, and an answer that turns on which near-equal passage ranks first
# fails here before it fails on CI or on a user's machine. Not part of `make test` (it doubles it).
test-other-cpu: setup
	ATEN_CPU_CAPABILITY=avx2 ONEDNN_MAX_CPU_ISA=AVX2 $(BIN)/python -m pytest -n 2 --dist loadfile \
	  --ignore=tests/test_browser.py --ignore=tests/test_browser_chats.py --ignore=tests/test_browser_library.py

bench: setup
	$(BIN)/qa bench index
	$(BIN)/qa bench ask

clean:
	rm -rf $(VENV) build *.egg-info
