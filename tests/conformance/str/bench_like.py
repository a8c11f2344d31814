# A small version of the word-counting workload: split, strip, lower, dict counting,
# replace, join, find/count and formatted reports.
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "ven", "dor", "ax", "ul", "pe"]
state = [12345]


def number(limit):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 12) % limit


def word():
    text = ""
    for _ in range(1 + number(3)):
        text += SYLLABLES[number(len(SYLLABLES))]
    return text


sentences = []
for _ in range(200):
    words = [word() for _ in range(3 + number(6))]
    words[0] = words[0][0].upper() + words[0][1:]
    sentences.append(" ".join(words) + [".", "!", "?"][number(3)])
text = " ".join(sentences)
counts = {}
for raw in text.split():
    w = raw.strip(".!?").lower()
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts, key=lambda k: (-counts[k], k))[:8]
for rank in range(len(top)):
    w = top[rank]
    print(f"{rank + 1:>3}. {w:<12}{counts[w]:>5} {'#' * counts[w]}")
mangled = ". ".join([s.upper() if s.startswith("Ka") else s.replace("a", "4") for s in text.split(". ")])
print(len(text), text.count("ka"), text.find("dor"), text.rfind("ven"), mangled.count("4"))
print("%d words, %d distinct, %.2f%% unique" % (len(text.split()), len(counts), 100.0 * len(counts) / len(text.split())))
checksum = 0
for ch in mangled:
    checksum = (checksum * 131 + ord(ch)) % 1000000007
print(checksum)
