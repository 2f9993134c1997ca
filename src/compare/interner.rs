//! Strings held once: the names, units and qualifiers that the comparison's tables refer to by
//! number instead of holding a copy per item.

use rustc_hash::FxHashMap;

/// Distinct strings, each with a number from 1 up (0 stands for none).
#[derive(Debug, Default)]
pub struct Interner {
    strings: Vec<Box<str>>,
    ids: FxHashMap<Box<str>, u32>,
}

impl Interner {
    /// The number of `string`, given it if it is new.
    pub fn intern(&mut self, string: &str) -> u32 {
        if let Some(&id) = self.ids.get(string) {
            return id;
        }
        self.strings.push(string.into());
        let id = self.strings.len() as u32;
        self.ids.insert(string.into(), id);
        id
    }

    /// The number of `string`, 0 for none.
    pub fn intern_option(&mut self, string: Option<&str>) -> u32 {
        string.map_or(0, |s| self.intern(s))
    }

    /// The string of number `id`; none for 0 or a number not given.
    pub fn get(&self, id: u32) -> Option<&str> {
        id.checked_sub(1)
            .and_then(|i| self.strings.get(i as usize))
            .map(|string| &**string)
    }

    /// How many strings there are.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_string_is_held_once_and_numbered_from_one() {
        let mut interner = Interner::default();
        assert_eq!(interner.intern("troops"), 1);
        assert_eq!(interner.intern("USD"), 2);
        assert_eq!(interner.intern("troops"), 1);
        assert_eq!(interner.intern_option(None), 0);
        assert_eq!(interner.len(), 2);
        assert_eq!(interner.get(2), Some("USD"));
        assert_eq!(interner.get(0), None);
        assert_eq!(interner.get(3), None);
    }
}
