//! Decoding a file's bytes into text, or deciding it is not an article.
//!
//! Clean UTF-8 is taken as it is (a byte-order mark is kept so offsets match the file; later stages
//! treat it as white space). UTF-16 is decoded: with a byte-order mark, or without one when every
//! other byte is NUL. Invalid UTF-8 is repaired, with a warning naming the first bad byte: a file
//! with no valid multi-byte UTF-8 sequence at all is taken to be Windows-1252 (the superset of
//! Latin-1 that old news archives use) and decoded as such; a file that mixes valid UTF-8 with bad
//! bytes is decoded lossily (U+FFFD for each bad sequence). Binary files (NUL bytes) and files with
//! no visible text are skipped.

/// The outcome of decoding one file.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    /// Text to analyse, with a message when it had to be repaired.
    Text {
        /// The decoded text.
        text: String,
        /// What was repaired, for a warning.
        repair: Option<String>,
    },
    /// The file is not an article; the message says why.
    Skip(String),
}

/// Decode bytes into article text.
///
/// ```
/// use corpus_report::corpus::{decode, Decoded};
/// assert!(matches!(decode(b""), Decoded::Skip(_)));
/// assert!(matches!(decode(b"Hello.\n"), Decoded::Text { repair: None, .. }));
/// ```
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(utf16) = detect_utf16(bytes) {
        return match decode_utf16(
            bytes.get(utf16.skip..).unwrap_or_default(),
            utf16.little_endian,
        ) {
            Ok((text, 0)) => checked_text(
                text,
                Some(format!(
                    "decoded from {}; offsets refer to the UTF-8 text",
                    utf16.description
                )),
            ),
            Ok((text, replaced)) => checked_text(
                text,
                Some(format!(
                    "decoded from {}, replacing {replaced} invalid code unit(s) with U+FFFD; \
                     offsets refer to the repaired UTF-8 text",
                    utf16.description
                )),
            ),
            Err(message) => Decoded::Skip(message),
        };
    }
    // `contains` searches a word at a time; the byte-by-byte search runs only to name the offset.
    if let Some(position) = bytes
        .contains(&0)
        .then(|| bytes.iter().position(|&b| b == 0))
        .flatten()
    {
        return Decoded::Skip(format!(
            "skipped: binary file (NUL byte at offset {position})"
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => checked_text(text.to_string(), None),
        Err(error) => {
            let offset = error.valid_up_to();
            if looks_like_windows_1252(bytes) {
                checked_text(
                    decode_windows_1252(bytes),
                    Some(format!(
                        "invalid UTF-8 (first bad byte at offset {offset}) and no valid multi-byte \
                         UTF-8 anywhere, so decoded as Windows-1252 (Latin-1); offsets refer to \
                         the decoded UTF-8 text"
                    )),
                )
            } else {
                checked_text(
                    String::from_utf8_lossy(bytes).into_owned(),
                    Some(format!(
                        "invalid UTF-8 (first bad byte at offset {offset}); decoded lossily with \
                         U+FFFD replacement characters, and offsets refer to the repaired text"
                    )),
                )
            }
        }
    }
}

/// Whether invalid UTF-8 is more likely a single-byte legacy encoding: none of its non-ASCII bytes
/// form a valid UTF-8 sequence.
fn looks_like_windows_1252(bytes: &[u8]) -> bool {
    bytes.utf8_chunks().all(|chunk| chunk.valid().is_ascii())
}

/// Windows-1252 characters for bytes 0x80..=0x9F (the rest of the upper half is Latin-1 itself).
/// The five bytes Windows-1252 leaves undefined map to the C1 control of the same value, as in the
/// WHATWG encoding standard.
const WINDOWS_1252_HIGH: [char; 32] = [
    '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2c6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8d}', '\u{17d}', '\u{8f}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\u{9d}', '\u{17e}', '\u{178}',
];

/// Decode Windows-1252 bytes (every byte is one character).
fn decode_windows_1252(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    for &byte in bytes {
        let c = match byte {
            0x80..=0x9F => WINDOWS_1252_HIGH
                .get(usize::from(byte - 0x80))
                .copied()
                .unwrap_or(char::REPLACEMENT_CHARACTER),
            _ => char::from(byte),
        };
        text.push(c);
    }
    text
}

fn checked_text(text: String, repair: Option<String>) -> Decoded {
    if text
        .chars()
        .all(|c| c.is_whitespace() || c == '\u{feff}' || c.is_control())
    {
        let what = if text.is_empty() {
            "empty file"
        } else {
            "no text (only white space)"
        };
        return Decoded::Skip(format!("skipped: {what}"));
    }
    Decoded::Text { text, repair }
}

/// How a UTF-16 file is laid out.
struct Utf16 {
    little_endian: bool,
    /// Bytes of byte-order mark to skip.
    skip: usize,
    description: &'static str,
}

/// UTF-16 with a byte-order mark, or without one when the NUL bytes give it away: in the first 4 KiB
/// at least a third of the code units have a zero high byte and no code unit has a zero low byte
/// (English text in UTF-16 is mostly ASCII, so every other byte is zero).
fn detect_utf16(bytes: &[u8]) -> Option<Utf16> {
    match bytes {
        [0xFF, 0xFE, ..] => {
            return Some(Utf16 {
                little_endian: true,
                skip: 2,
                description: "UTF-16LE (byte-order mark)",
            })
        }
        [0xFE, 0xFF, ..] => {
            return Some(Utf16 {
                little_endian: false,
                skip: 2,
                description: "UTF-16BE (byte-order mark)",
            })
        }
        _ => {}
    }
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let sample = bytes.get(..4096).unwrap_or(bytes);
    let units = sample.len() / 2;
    let zero_first = sample
        .chunks_exact(2)
        .filter(|p| p.first() == Some(&0))
        .count();
    let zero_second = sample
        .chunks_exact(2)
        .filter(|p| p.get(1) == Some(&0))
        .count();
    let enough = |count: usize| count * 3 >= units;
    if enough(zero_second) && zero_first == 0 {
        Some(Utf16 {
            little_endian: true,
            skip: 0,
            description: "UTF-16LE (no byte-order mark; guessed from its NUL bytes)",
        })
    } else if enough(zero_first) && zero_second == 0 {
        Some(Utf16 {
            little_endian: false,
            skip: 0,
            description: "UTF-16BE (no byte-order mark; guessed from its NUL bytes)",
        })
    } else {
        None
    }
}

/// Decode UTF-16 code units (after any byte-order mark) into text and the number of invalid units
/// (lone surrogates, a trailing odd byte) replaced with U+FFFD; a NUL character means a binary file.
fn decode_utf16(body: &[u8], little_endian: bool) -> Result<(String, usize), String> {
    let pairs = body.chunks_exact(2);
    let odd_byte = !pairs.remainder().is_empty();
    let units = pairs.map(|pair| {
        if little_endian {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        }
    });
    let mut text = String::with_capacity(body.len());
    let mut replaced = 0;
    for unit in char::decode_utf16(units) {
        match unit {
            Ok('\0') => return Err("skipped: binary file (NUL character in UTF-16 text)".into()),
            Ok(c) => text.push(c),
            Err(_) => {
                text.push(char::REPLACEMENT_CHARACTER);
                replaced += 1;
            }
        }
    }
    if odd_byte {
        text.push(char::REPLACEMENT_CHARACTER);
        replaced += 1;
    }
    Ok((text, replaced))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(decoded: Decoded) -> (String, Option<String>) {
        match decoded {
            Decoded::Text { text, repair } => (text, repair),
            Decoded::Skip(message) => panic!("unexpected skip: {message}"),
        }
    }

    #[test]
    fn clean_utf8_is_kept_byte_for_byte() {
        let input = "\u{feff}Hello.\r\nWorld.\r\n";
        let (text, repair) = text_of(decode(input.as_bytes()));
        assert_eq!(text, input);
        assert_eq!(repair, None);
    }

    #[test]
    fn invalid_utf8_names_the_first_bad_offset() {
        let (text, repair) = text_of(decode(b"Caf\xc3\xa9 \xe9 au lait."));
        assert_eq!(text, "Caf\u{e9} \u{fffd} au lait.");
        assert!(repair.unwrap().contains("offset 6"));
    }

    #[test]
    fn latin1_text_is_decoded_as_windows_1252() {
        let (text, repair) = text_of(decode(b"Caf\xe9 cr\xe8me, \x93quoted\x94 \x80 5."));
        assert_eq!(
            text,
            "Caf\u{e9} cr\u{e8}me, \u{201c}quoted\u{201d} \u{20ac} 5."
        );
        let repair = repair.unwrap();
        assert!(repair.contains("offset 3"), "{repair}");
        assert!(repair.contains("Windows-1252"), "{repair}");
    }

    #[test]
    fn mixed_utf8_and_bad_bytes_stay_lossy_utf8() {
        let (text, repair) = text_of(decode(
            "Caf\u{e9} "
                .as_bytes()
                .iter()
                .copied()
                .chain(*b"\xff x.")
                .collect::<Vec<u8>>()
                .as_slice(),
        ));
        assert_eq!(text, "Caf\u{e9} \u{fffd} x.");
        assert!(repair.unwrap().contains("offset 6"));
    }

    #[test]
    fn windows_1252_table_covers_every_high_byte() {
        let bytes: Vec<u8> = (0x80..=0xFF).collect();
        let text = decode_windows_1252(&bytes);
        assert_eq!(text.chars().count(), 128);
        assert!(!text.contains(char::REPLACEMENT_CHARACTER));
    }

    #[test]
    fn utf16_odd_length_is_repaired_not_dropped() {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in "Hi.".encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        bytes.push(0x41);
        let (text, repair) = text_of(decode(&bytes));
        assert_eq!(text, "Hi.\u{fffd}");
        assert!(repair.unwrap().contains("replacing 1 invalid"));
        let lone_surrogate = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00];
        let (text, repair) = text_of(decode(&lone_surrogate));
        assert_eq!(text, "A\u{fffd}B");
        assert!(repair.unwrap().contains("replacing 1 invalid"));
    }

    #[test]
    fn utf16_without_bom_is_recognised_from_its_nul_bytes() {
        let text = "He said \u{201c}fine\u{201d} on Monday.\n";
        let little: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let big: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, name) in [(little, "UTF-16LE"), (big, "UTF-16BE")] {
            let (decoded, repair) = text_of(decode(&bytes));
            assert_eq!(decoded, text);
            assert!(repair.unwrap().contains(name));
        }
        assert!(matches!(decode(b"ab\0\0cd\0\0"), Decoded::Skip(_)));
    }

    #[test]
    fn nul_bytes_mean_binary() {
        match decode(b"abc\0def") {
            Decoded::Skip(message) => assert!(message.contains("binary"), "{message}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn empty_and_blank_files_are_skipped() {
        assert!(matches!(decode(b""), Decoded::Skip(m) if m.contains("empty")));
        assert!(matches!(decode(b"  \n\t\n"), Decoded::Skip(m) if m.contains("white space")));
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Hi there.".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let (text, repair) = text_of(decode(&bytes));
        assert_eq!(text, "Hi there.");
        assert!(repair.unwrap().contains("UTF-16"));
    }
}
