//! Decoding a file's bytes into text, or deciding it is not an article.
//!
//! Clean UTF-8 is taken as it is (a byte-order mark is kept so offsets match the file; later stages
//! treat it as white space). UTF-16 with a byte-order mark is decoded. Other invalid UTF-8 is decoded
//! lossily, with a warning naming the first bad byte. Binary files (NUL bytes) and files with no
//! visible text are skipped.

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
    if let Some(text) = decode_utf16_with_bom(bytes) {
        return match text {
            Ok(text) => checked_text(
                text,
                Some("decoded from UTF-16; offsets refer to the UTF-8 text".to_string()),
            ),
            Err(message) => Decoded::Skip(message),
        };
    }
    if let Some(position) = bytes.iter().position(|&b| b == 0) {
        return Decoded::Skip(format!(
            "skipped: binary file (NUL byte at offset {position})"
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => checked_text(text.to_string(), None),
        Err(error) => {
            let offset = error.valid_up_to();
            let text = String::from_utf8_lossy(bytes).into_owned();
            checked_text(
                text,
                Some(format!(
                    "invalid UTF-8 (first bad byte at offset {offset}); decoded lossily with U+FFFD \
                     replacement characters, and offsets refer to the repaired text"
                )),
            )
        }
    }
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

fn decode_utf16_with_bom(bytes: &[u8]) -> Option<Result<String, String>> {
    let little_endian = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let body = &bytes[2..];
    let units = body.chunks_exact(2).map(|pair| {
        if little_endian {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        }
    });
    let mut text = String::with_capacity(body.len());
    for unit in char::decode_utf16(units) {
        match unit {
            Ok('\0') => {
                return Some(Err(
                    "skipped: binary file (NUL character in UTF-16 text)".into()
                ))
            }
            Ok(c) => text.push(c),
            Err(_) => text.push(char::REPLACEMENT_CHARACTER),
        }
    }
    Some(Ok(text))
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
        let (text, repair) = text_of(decode(b"Caf\xe9 au lait."));
        assert_eq!(text, "Caf\u{fffd} au lait.");
        assert!(repair.unwrap().contains("offset 3"));
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
