"""Writes Fixtures/reference-vectors.json: sentences, HuggingFace token ids and
sentence-transformers embeddings that the Swift tests compare against.

Command (from the package root, after scripts/install-model):

    python3 -m venv /tmp/st-venv && /tmp/st-venv/bin/pip install sentence-transformers
    HF_HUB_OFFLINE=1 /tmp/st-venv/bin/python Tests/ClaimdeskEncoderTests/make_reference_vectors.py \
        ${XDG_DATA_HOME:-$HOME/.local/share}/claimdesk/models/all-MiniLM-L6-v2

Vectors are rounded to 7 significant digits, ample for the cosine >= 0.9999 check.
"""

import json
import os
import pathlib
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from sentence_transformers import SentenceTransformer  # noqa: E402

LONG_PARAGRAPH = " ".join(
    [
        "The committee's final report, released on Thursday after eighteen months of hearings,",
        "concluded that the agency had ignored repeated warnings from its own inspectors,",
        "that budget cuts in 2014 and 2015 reduced the number of field audits by nearly 40 percent,",
        "and that senior officials misled Congress about the scale of the backlog.",
    ]
    * 6
)

SENTENCES = [
    # Short and plain.
    "The cat sat on the mat.",
    "Hello world",
    "Yes.",
    "a",
    "Inflation rose to 3.2% in March.",
    "The Senate passed the bill 52-48.",
    "It rained.",
    "Water boils at 100 degrees Celsius at sea level.",
    # News-style claims with numbers.
    "The company reported revenue of $4.1 billion for the third quarter, up 12% from a year earlier.",
    "More than 2,977 people were killed in the 9/11 attacks on the World Trade Center and the Pentagon.",
    "Unemployment fell to 3.5 percent in September, the lowest rate since 1969, according to the Labor Department.",
    "The Eiffel Tower is 330 metres (1,083 ft) tall and was completed on 31 March 1889.",
    "On January 6, 2021, supporters of the president stormed the U.S. Capitol.",
    "The vaccine was 95% effective in preventing COVID-19 in a trial of 43,548 participants.",
    "Global temperatures have risen about 1.1°C since the late 19th century.",
    "Tesla delivered 1.31 million vehicles in 2022, a 40% increase over 2021.",
    "The bill allocates €750bn to the recovery fund, roughly £640bn at current rates.",
    "Officials said the 7.8-magnitude earthquake killed more than 50,000 people in Türkiye and Syria.",
    "The Amazon rainforest covers approximately 5,500,000 km² across nine countries.",
    "He said: “We will not back down,” before leaving the podium.",
    "‘It’s over,’ she said — and walked away…",
    "The U.K.'s GDP grew 0.1% q/q in Q3; economists had expected -0.2%.",
    "Apple's market cap hit $3 trillion (3,000,000,000,000 dollars) on Jan. 3.",
    "The study, published in The Lancet, followed 1.2m adults for 10 years.",
    "A spokesperson for the Ministry of Health declined to comment on the figures.",
    "Scientists at CERN announced the discovery of the Higgs boson on 4 July 2012.",
    "Prices at the pump averaged $3.49/gal, down from a peak of $5.02 in June.",
    "Twitter (now X) laid off roughly 50% of its 7,500 staff in November 2022.",
    "The population of Tokyo's metropolitan area is about 37 million.",
    "E-mail addresses like john.doe@example.com and URLs such as https://example.org/a?b=c&d=e appear in text.",
    "The law (Section 230) shields platforms from liability for user-generated content.",
    "Mr. O'Neill's well-known re-election campaign raised $12.5M.",
    # Accents and other Latin-script languages.
    "Café au lait, crème brûlée and a piña colada.",
    "Zoë and Noël visited São Paulo and Kraków.",
    "Die Bundesregierung hat am Mittwoch ein Gesetz zur Förderung erneuerbarer Energien beschlossen.",
    "Straße, Größe, Übermaß und Äpfel.",
    "La economía española creció un 2,5 % en 2023, según el INE.",
    "Le président a annoncé une réforme des retraites très contestée.",
    "İstanbul ve Ankara arasındaki hızlı tren seferleri yeniden başladı.",
    "Ångström, Øresund, Æsir, Þórr, Łódź.",
    # Other scripts.
    "東京は日本の首都です。",
    "中华人民共和国成立于1949年。",
    "北京大学和清华大学是中国最著名的大学之一。",
    "안녕하세요, 만나서 반갑습니다.",
    "Москва — столица России.",
    "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας. ΣΟΦΙΑ",
    "القاهرة هي عاصمة مصر وأكبر مدنها.",
    "שלום עולם",
    "नमस्ते दुनिया, भारत एक विशाल देश है।",
    "สวัสดีครับ ประเทศไทย",
    # Emoji and symbols.
    "I love this! 😀👍🏽🎉",
    "Rocket launch 🚀 scheduled for 10:30 a.m. ET 🇺🇸",
    "Family: 👨‍👩‍👧‍👦 and a heart ❤️",
    "Math: x² + y² = z², ∑ᵢ aᵢ ≥ 0, π ≈ 3.14159, ∞",
    "Temperatures of −40 °C and 104 °F were recorded.",
    "© 2024 Example Corp™ — All rights reserved®",
    # Edge cases.
    "",
    "   ",
    "\t\n  \r\n",
    "!!!???...",
    "---",
    "@#$%^&*()_+={}[]|\\:;\"'<>,.?/~`",
    "ALL CAPS HEADLINE: MARKETS CRASH AS FED RAISES RATES",
    "mIxEd CaSe WoRdS",
    "zero\u200bwidth\u200bspace and soft\u00adhyphen and non\u00a0breaking",
    "control\u0007char and tab\tseparated",
    "supercalifragilisticexpialidocious antidisestablishmentarianism pneumonoultramicroscopicsilicovolcanoconiosis",
    "a" * 120,
    "x" * 99 + " " + "y" * 100 + " " + "z" * 101,
    "123456789012345678901234567890",
    "3.14159265358979323846264338327950288419716939937510",
    "1/2 2/3 3/4 50% 100°F 10km 5kg $5 €5 £5 ¥5",
    "don't won't can't it's we're they've I'd",
    "«Guillemets» „German quotes“ 「Japanese brackets」",
    # HuggingFace's character categories are Unicode 8.0: unassigned and later characters
    # stay as letters, and a few changed category since (see BasicTokenizer).
    "Unassigned \u0378 and later \u08d4 \u2e43 marks, the \u166d sign, Ahom a\U0001171eb, Mongolian \u1885x.",
    # Longer than 256 wordpieces: must be cut at 254 + [CLS] + [SEP].
    LONG_PARAGRAPH,
    "word " * 300,
]


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: make_reference_vectors.py MODEL_DIR")
    model = SentenceTransformer(sys.argv[1], device="cpu")
    assert model.max_seq_length == 256, model.max_seq_length
    tokenizer = model.tokenizer
    ids = [
        tokenizer(s, truncation=True, max_length=model.max_seq_length)["input_ids"]
        for s in SENTENCES
    ]
    vectors = model.encode(SENTENCES, batch_size=16, normalize_embeddings=True, convert_to_numpy=True)
    out = {
        "model": "sentence-transformers/all-MiniLM-L6-v2",
        "maxSeqLength": model.max_seq_length,
        "cases": [
            {
                "sentence": s,
                "ids": i,
                "vector": [float(f"{x:.7g}") for x in v.tolist()],
            }
            for s, i, v in zip(SENTENCES, ids, vectors)
        ],
    }
    target = pathlib.Path(__file__).parent / "Fixtures" / "reference-vectors.json"
    target.write_text(json.dumps(out, ensure_ascii=False, indent=None, separators=(",", ":")) + "\n")
    print(f"wrote {len(SENTENCES)} cases to {target}")


if __name__ == "__main__":
    main()
