//! Shared quotes: the same utterance carried by two or more documents, and a word-by-word alignment
//! of each member with the cluster's representative wording (added, omitted, changed, reordered),
//! in the way CollateX aligns witnesses.
//!
//! Candidates come from an inverted index of content words; only pairs that share at least two of
//! them are verified. A pair links when the shorter quote's content words all (or nearly all) occur
//! close together in the longer one, in any order — so a fragment inside a longer quote, a changed
//! word order and an added or dropped word all still match. Short quotes need more evidence: the same
//! named speaker, or the very same words.

use rustc_hash::FxHashMap as HashMap;

use super::quote_table::QuoteTable;
use super::text_store::TextStore;
use super::words::{for_each_word, is_content, normalise};
use crate::model::{ClusterMember, Document, DocumentId, QuoteCluster, WordDifference};

/// Posting lists longer than this are not used to find candidates (a word in that many quotes says
/// nothing about which utterance a quote is).
const MAX_POSTING: usize = 400;
/// Quotes with fewer content words than this are "short" and need stronger evidence.
const SHORT_CONTENT: usize = 4;
/// How many of a cluster's preferred wordings are tried as the one every member can be aligned
/// with (each try reads every member once).
const REPRESENTATIVES_TRIED: usize = 8;
/// Longest token sequence aligned word by word.
const MAX_ALIGN: usize = 400;

/// One quote prepared for matching, as the matching functions read it.
#[derive(Clone, Copy)]
struct Item<'d> {
    doc: usize,
    /// The quote's index in its document's output.
    quote: usize,
    speaker: Option<&'d str>,
    /// Interned ids of the normalised words, in order.
    ids: &'d [u32],
    /// Sorted, distinct ids of content words.
    content: &'d [u32],
}

/// Every quote of a run prepared for matching: word ids of all quotes in one arena. The quotes'
/// texts are read again (from the table) only for the members of a cluster.
struct Quotes<'d, S> {
    /// `ids[d]`: the id of document `d`.
    ids: &'d [DocumentId],
    table: &'d QuoteTable<S>,
    /// `starts[i]`: where quote `i`'s words start in `words`: the count of its ids, the count of
    /// its content ids, its ids in order, then the sorted distinct ids of its content words.
    /// Quotes with the same words share one entry (a wire story's quote carried by many
    /// documents is held once). Quote `i` is row `i` of the table, which gives its document and
    /// speaker.
    starts: Vec<usize>,
    words: Vec<u32>,
    /// How many distinct normalised words there are.
    vocabulary: usize,
}

impl<'d, S: TextStore> Quotes<'d, S> {
    /// The quotes of `table` prepared for matching; an error means their texts could not be read.
    fn of(ids: &'d [DocumentId], table: &'d QuoteTable<S>) -> Result<Quotes<'d, S>, S::Error> {
        let mut interner: HashMap<String, u32> = HashMap::default();
        let mut is_content_id: Vec<bool> = Vec::new();
        let mut starts: Vec<usize> = Vec::with_capacity(table.len());
        let mut words: Vec<u32> = Vec::new();
        let mut content: Vec<u32> = Vec::new();
        // Where the first entry with each hash of a quote's ids starts (a quote whose hash
        // collides with other words gets an entry of its own).
        let mut entries: HashMap<u64, usize> = HashMap::default();
        table.for_each_text(|_, text| {
            let words_start = words.len();
            // The counts of ids and of content ids, set once they are known.
            words.extend([0, 0]);
            for_each_word(text, |start, end| {
                let norm = normalise(&text[start..end]);
                let id = match interner.get(norm.as_ref()) {
                    Some(&id) => id,
                    None => {
                        let id = interner.len() as u32;
                        is_content_id.push(is_content(&norm));
                        interner.insert(norm.into_owned(), id);
                        id
                    }
                };
                words.push(id);
            });
            let ids = &words[words_start + 2..];
            let hash = std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, ids);
            if let Some(&earlier) = entries.get(&hash) {
                let len = words[earlier] as usize;
                if words[earlier + 2..earlier + 2 + len] == *ids {
                    words.truncate(words_start);
                    starts.push(earlier);
                    return;
                }
            } else {
                entries.insert(hash, words_start);
            }
            let ids_len = ids.len();
            content.clear();
            content.extend(ids.iter().copied().filter(|&id| is_content_id[id as usize]));
            content.sort_unstable();
            content.dedup();
            words[words_start] = ids_len as u32;
            words[words_start + 1] = content.len() as u32;
            words.extend_from_slice(&content);
            starts.push(words_start);
        })?;
        drop(entries);
        words.shrink_to_fit();
        Ok(Quotes {
            ids,
            table,
            starts,
            words,
            vocabulary: interner.len(),
        })
    }

    fn len(&self) -> usize {
        self.starts.len()
    }

    /// Quote `i`'s document and speaker (as a number, 0 for none).
    fn doc_and_speaker(&self, i: usize) -> (usize, u32) {
        self.table.doc_and_speaker_id(i)
    }

    /// Quote `i`'s word ids in order and its content ids.
    fn ids_and_content(&self, i: usize) -> (&[u32], &[u32]) {
        let start = self.starts[i];
        let ids_end = start + 2 + self.words[start] as usize;
        let end = ids_end + self.words[start + 1] as usize;
        (&self.words[start + 2..ids_end], &self.words[ids_end..end])
    }

    fn content(&self, i: usize) -> &[u32] {
        self.ids_and_content(i).1
    }

    fn item(&self, i: usize) -> Item<'_> {
        let quote = self.table.get(i);
        let (ids, content) = self.ids_and_content(i);
        Item {
            doc: quote.doc,
            quote: quote.index,
            speaker: quote.speaker,
            ids,
            content,
        }
    }

    /// The text of quote `i`, read again from the table.
    fn text(&self, i: usize) -> Result<std::borrow::Cow<'d, str>, S::Error> {
        self.table.text(i)
    }

    /// For every normalised word id, the quotes holding it as a content word, in quote order:
    /// `(offsets, quotes)`, the quotes of word `id` being `quotes[offsets[id]..offsets[id + 1]]`.
    /// A word in more than [`MAX_POSTING`] quotes gets an empty list: such lists are never read.
    fn postings(&self) -> (Vec<usize>, Vec<u32>) {
        let mut offsets = vec![0usize; self.vocabulary + 1];
        for i in 0..self.len() {
            for &id in self.content(i) {
                offsets[id as usize + 1] += 1;
            }
        }
        for id in 0..self.vocabulary {
            if offsets[id + 1] > MAX_POSTING {
                offsets[id + 1] = 0;
            }
            offsets[id + 1] += offsets[id];
        }
        let mut next = offsets.clone();
        let mut quotes = vec![0u32; offsets[self.vocabulary]];
        for i in 0..self.len() {
            for &id in self.content(i) {
                let id = id as usize;
                if next[id] < offsets[id + 1] {
                    quotes[next[id]] = i as u32;
                    next[id] += 1;
                }
            }
        }
        (offsets, quotes)
    }
}

/// Quote clusters across documents, sorted by size then representative text.
pub fn quote_clusters(documents: &[Document]) -> Vec<QuoteCluster> {
    match quote_clusters_in(
        &super::ids_of(documents),
        &QuoteTable::of_documents(documents),
    ) {
        Ok(clusters) => clusters,
        Err(never) => match never {},
    }
}

/// [`quote_clusters`] with the documents' quotes given as a table, `ids[d]` the id of document
/// `d`. An error means the table's texts could not be read.
pub fn quote_clusters_in<S: TextStore>(
    ids: &[DocumentId],
    table: &QuoteTable<S>,
) -> Result<Vec<QuoteCluster>, S::Error> {
    let quotes = Quotes::of(ids, table)?;
    let (offsets, postings) = quotes.postings();

    let mut links: Vec<(u32, u32)> = Vec::new();
    let mut shared: HashMap<u32, usize> = HashMap::default();
    for i in 0..quotes.len() {
        shared.clear();
        let (doc, speaker) = quotes.doc_and_speaker(i);
        for &id in quotes.content(i) {
            let list = &postings[offsets[id as usize]..offsets[id as usize + 1]];
            if list.len() > MAX_POSTING {
                continue;
            }
            for &j in list {
                let (other_doc, other_speaker) = quotes.doc_and_speaker(j as usize);
                if j as usize > i && other_doc != doc && compatible_ids(speaker, other_speaker) {
                    *shared.entry(j).or_insert(0) += 1;
                }
            }
        }
        let mut candidates: Vec<u32> = shared
            .iter()
            .filter(|(_, &n)| n >= 2)
            .map(|(&j, _)| j)
            .collect();
        candidates.sort_unstable();
        let item = quotes.item(i);
        for j in candidates {
            if same_utterance(&item, &quotes.item(j as usize)) {
                links.push((i as u32, j));
            }
        }
    }

    drop((offsets, postings));
    let mut sets = SpeakerUnion::new(
        (0..quotes.len())
            .map(|i| quotes.doc_and_speaker(i).1)
            .collect(),
    );
    for (i, j) in links {
        sets.union(i as usize, j as usize);
    }
    let mut grouped: Vec<(u32, u32)> = (0..quotes.len())
        .map(|i| (sets.find(i) as u32, i as u32))
        .collect();
    drop(sets);
    grouped.sort_unstable();

    let mut clusters: Vec<QuoteCluster> = grouped
        .chunk_by(|a, b| a.0 == b.0)
        .map(|group| {
            group
                .iter()
                .map(|&(_, i)| i as usize)
                .collect::<Vec<usize>>()
        })
        .filter(|members| {
            let doc = |m: usize| quotes.doc_and_speaker(m).0;
            members.iter().any(|&m| doc(m) != doc(members[0]))
        })
        .map(|members| build_cluster(&quotes, members))
        .collect::<Result<_, _>>()?;
    clusters.sort_by(|a, b| {
        b.members
            .len()
            .cmp(&a.members.len())
            .then_with(|| a.text.cmp(&b.text))
            .then_with(|| member_key(a).cmp(&member_key(b)))
    });
    Ok(clusters)
}

fn member_key(cluster: &QuoteCluster) -> Vec<(&str, usize)> {
    cluster
        .members
        .iter()
        .map(|m| (&*m.document, m.quote))
        .collect()
}

/// Two speakers (interned, 0 for none) can have said the same thing unless both are named and
/// differ.
fn compatible_ids(a: u32, b: u32) -> bool {
    a == 0 || b == 0 || a == b
}

/// Two quotes, the one with fewer words first (the earlier document's on a tie).
fn short_and_long<'i, 'd>(a: &'i Item<'d>, b: &'i Item<'d>) -> (&'i Item<'d>, &'i Item<'d>) {
    if (a.ids.len(), a.doc) <= (b.ids.len(), b.doc) {
        (a, b)
    } else {
        (b, a)
    }
}

/// Whether two quotes carry the same utterance.
fn same_utterance(a: &Item, b: &Item) -> bool {
    let (short, long) = short_and_long(a, b);
    let needed = short.content.len();
    if needed < 2 {
        return false;
    }
    if short.ids == long.ids {
        return true;
    }
    let same_named_speaker = short.speaker.is_some() && short.speaker == long.speaker;
    if needed < SHORT_CONTENT && !same_named_speaker {
        return false;
    }
    // No window holds more of `short`'s content words than the whole of `long` does.
    let at_most = super::shared_count(short.content, long.content);
    if (needed < SHORT_CONTENT && at_most < needed) || at_most * 4 < needed * 3 {
        return false;
    }
    let Some((matched, _, _)) = best_window(short, long) else {
        return false;
    };
    if needed < SHORT_CONTENT {
        return matched == needed;
    }
    matched * 4 >= needed * 3
}

/// The window of `long` (at most about 1.5 times the length of `short`) holding the most distinct
/// content words of `short`: `(matched, start, end)` in word positions.
fn best_window(short: &Item, long: &Item) -> Option<(usize, usize, usize)> {
    let width = (short.ids.len() * 3 / 2 + 3).min(long.ids.len());
    if width == 0 {
        return None;
    }
    // Each word of `long` as the place of its id among `short`'s content words, if it is one:
    // looked up once, then counted in a vector rather than a map.
    let slots: Vec<Option<usize>> = long
        .ids
        .iter()
        .map(|id| short.content.binary_search(id).ok())
        .collect();
    let mut counts = vec![0usize; short.content.len()];
    let mut distinct = 0usize;
    let mut best = (0usize, 0usize, width);
    for end in 0..slots.len() {
        if let Some(slot) = slots[end] {
            if counts[slot] == 0 {
                distinct += 1;
            }
            counts[slot] += 1;
        }
        if end >= width {
            if let Some(slot) = slots[end - width] {
                counts[slot] -= 1;
                if counts[slot] == 0 {
                    distinct -= 1;
                }
            }
        }
        let start = (end + 1).saturating_sub(width);
        if distinct > best.0 {
            best = (distinct, start, end + 1);
        }
    }
    Some(best)
}

/// Union-find that refuses to join two sets attributed to different named speakers (interned,
/// 0 for none).
struct SpeakerUnion {
    parent: Vec<u32>,
    speaker: Vec<u32>,
}

impl SpeakerUnion {
    fn new(speaker: Vec<u32>) -> Self {
        SpeakerUnion {
            parent: (0..speaker.len() as u32).collect(),
            speaker,
        }
    }

    fn find(&mut self, i: usize) -> usize {
        let mut i = i as u32;
        while self.parent[i as usize] != i {
            self.parent[i as usize] = self.parent[self.parent[i as usize] as usize];
            i = self.parent[i as usize];
        }
        i as usize
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb || !compatible_ids(self.speaker[ra], self.speaker[rb]) {
            return;
        }
        let (root, child) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[child] = root as u32;
        if self.speaker[root] == 0 {
            self.speaker[root] = self.speaker[child];
        }
    }
}

/// Choose the representative and align every member with it; an error means the members' texts
/// could not be read.
fn build_cluster<S: TextStore>(
    quotes: &Quotes<S>,
    members: Vec<usize>,
) -> Result<QuoteCluster, S::Error> {
    let items: Vec<Item> = members.iter().map(|&m| quotes.item(m)).collect();
    let texts = members
        .iter()
        .map(|&m| quotes.text(m))
        .collect::<Result<Vec<_>, _>>()?;
    let members: Vec<usize> = (0..items.len()).collect();
    let mut docs_per_wording: HashMap<&[u32], Vec<usize>> = HashMap::default();
    for &m in &members {
        docs_per_wording
            .entry(items[m].ids)
            .or_default()
            .push(items[m].doc);
    }
    let spread_of: HashMap<&[u32], usize> = docs_per_wording
        .into_iter()
        .map(|(wording, mut docs)| {
            docs.sort_unstable();
            docs.dedup();
            (wording, docs.len())
        })
        .collect();
    let spread = |m: usize| spread_of.get(items[m].ids).copied().unwrap_or(0);
    // The wording most documents carry, then the shortest, is preferred; but a cluster joined
    // through a third quote (two quotes of one speaker, both inside another outlet's longer
    // quote) is shown against a wording every member is the same utterance as, if one of the
    // first few preferred is, so that no member is aligned with words it does not carry.
    let mut preferred: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&m| items[m].content.len() >= 2)
        .collect();
    preferred.sort_by_key(|&m| {
        (
            std::cmp::Reverse(spread(m)),
            items[m].ids.len(),
            items[m].doc,
            items[m].quote,
        )
    });
    let links_every_member = |r: usize| {
        members
            .iter()
            .all(|&m| m == r || same_utterance(&items[r], &items[m]))
    };
    let representative = preferred
        .iter()
        .take(REPRESENTATIVES_TRIED)
        .copied()
        .find(|&r| links_every_member(r))
        .or_else(|| preferred.first().copied())
        .unwrap_or(members[0]);
    let rep = &items[representative];
    let speaker = members
        .iter()
        .find_map(|&m| items[m].speaker)
        .map(str::to_string);
    let rep_text = texts[representative].to_string();
    let rep_words = surfaces(&texts[representative]);
    let mut out: Vec<ClusterMember> = members
        .iter()
        .map(|&m| {
            let item = &items[m];
            ClusterMember {
                document: quotes.ids.get(item.doc).cloned().unwrap_or_default(),
                quote: item.quote,
                text: texts[m].to_string(),
                differences: if m == representative {
                    Vec::new()
                } else {
                    differences(rep, &rep_words, item, &texts[m])
                },
            }
        })
        .collect();
    out.sort_by(|a, b| (&a.document, a.quote).cmp(&(&b.document, b.quote)));
    Ok(QuoteCluster {
        speaker,
        text: rep_text,
        members: out,
    })
}

/// One step of a word alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Same,
    Omit(usize),
    Add(usize),
}

/// How `member` differs from `rep`, word by word. When the member is much longer (a fragment quoted
/// inside a longer quote), the words around the matching window are one `added` run on each side;
/// the window is narrowed to begin and end on words of `rep`, so that those runs take every word
/// the fragment lacks rather than leaving part of them as a separate run inside.
fn differences(
    rep: &Item,
    rep_words: &[&str],
    member: &Item,
    member_text: &str,
) -> Vec<WordDifference> {
    let member_words = surfaces(member_text);
    let (from, to) = if member.ids.len() > rep.ids.len() * 3 / 2 + 3 {
        match best_window(rep, member) {
            Some((_, start, end)) => {
                let in_rep = |m: usize| rep.ids.contains(&member.ids[m]);
                let start = (start..end).find(|&m| in_rep(m)).unwrap_or(start);
                let end = (start..end)
                    .rev()
                    .find(|&m| in_rep(m))
                    .map_or(end, |m| m + 1);
                (start, end)
            }
            None => (0, member.ids.len()),
        }
    } else {
        (0, member.ids.len())
    };
    let mut out = Vec::new();
    if from > 0 {
        out.push(diff("added", String::new(), join(&member_words[..from])));
    }
    out.extend(align((rep, rep_words), (member, &member_words), from, to));
    if to < member_words.len() {
        out.push(diff("added", String::new(), join(&member_words[to..])));
    }
    out
}

fn diff(kind: &str, representative: String, member: String) -> WordDifference {
    WordDifference {
        kind: kind.to_string(),
        representative,
        member,
    }
}

fn join(ws: &[&str]) -> String {
    ws.join(" ")
}

/// The words of `text` as written, in the order (and number) their ids were interned.
fn surfaces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for_each_word(text, |start, end| out.push(&text[start..end]));
    out
}

/// Align `rep` with the member's words `from..to` by longest common subsequence of normalised words,
/// then name each run of differences; a word omitted in one place and added in another is reordered.
fn align(
    (rep, rep_words): (&Item, &[&str]),
    (member, member_words): (&Item, &[&str]),
    from: usize,
    to: usize,
) -> Vec<WordDifference> {
    let a = rep.ids;
    let b = &member.ids[from..to];
    if a.len() > MAX_ALIGN || b.len() > MAX_ALIGN {
        return if a == b {
            Vec::new()
        } else {
            vec![diff(
                "changed",
                join(rep_words),
                join(&member_words[from..to]),
            )]
        };
    }
    let (n, m) = (a.len(), b.len());
    let mut table = vec![0u16; (n + 1) * (m + 1)];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i * (m + 1) + j] = if a[i] == b[j] {
                table[(i + 1) * (m + 1) + j + 1] + 1
            } else {
                table[(i + 1) * (m + 1) + j].max(table[i * (m + 1) + j + 1])
            };
        }
    }
    let mut steps = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            steps.push(Step::Same);
            i += 1;
            j += 1;
        } else if j < m && (i == n || table[i * (m + 1) + j + 1] >= table[(i + 1) * (m + 1) + j]) {
            steps.push(Step::Add(from + j));
            j += 1;
        } else {
            steps.push(Step::Omit(i));
            i += 1;
        }
    }
    // Hunks: runs of omitted and added words between agreeing words.
    let mut hunks: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    let mut current: (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    for step in steps {
        match step {
            Step::Same => {
                if !current.0.is_empty() || !current.1.is_empty() {
                    hunks.push(std::mem::take(&mut current));
                }
            }
            Step::Omit(i) => current.0.push(i),
            Step::Add(j) => current.1.push(j),
        }
    }
    if !current.0.is_empty() || !current.1.is_empty() {
        hunks.push(current);
    }
    // Reordered: the same word omitted in one hunk and added in another.
    let mut reordered: Vec<(usize, usize)> = Vec::new();
    for h in 0..hunks.len() {
        let mut k = 0;
        while k < hunks[h].0.len() {
            let rep_pos = hunks[h].0[k];
            let word = rep.ids[rep_pos];
            let found = (0..hunks.len()).filter(|&g| g != h).find_map(|g| {
                hunks[g]
                    .1
                    .iter()
                    .position(|&mp| member.ids[mp] == word)
                    .map(|p| (g, p))
            });
            if let Some((g, p)) = found {
                let member_pos = hunks[g].1.remove(p);
                hunks[h].0.remove(k);
                reordered.push((rep_pos, member_pos));
            } else {
                k += 1;
            }
        }
    }
    let mut out = Vec::new();
    for (omitted, added) in hunks {
        let r = omitted
            .iter()
            .map(|&i| rep_words[i])
            .collect::<Vec<_>>()
            .join(" ");
        let m = added
            .iter()
            .map(|&j| member_words[j])
            .collect::<Vec<_>>()
            .join(" ");
        match (r.is_empty(), m.is_empty()) {
            (true, true) => {}
            (false, true) => out.push(diff("omitted", r, m)),
            (true, false) => out.push(diff("added", r, m)),
            (false, false) => out.push(diff("changed", r, m)),
        }
    }
    for (rep_pos, member_pos) in reordered {
        out.push(diff(
            "reordered",
            rep_words[rep_pos].to_string(),
            member_words[member_pos].to_string(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::DocBuilder;
    use crate::model::QuoteKind::{Direct, Partial, Scare};

    /// Texts held in memory that fail to be read: in order (`for_each`) or one at a time (`get`).
    #[derive(Default)]
    struct Unreadable {
        texts: crate::compare::text_store::HeldTexts,
        fail_in_order: bool,
    }

    impl TextStore for Unreadable {
        type Error = &'static str;
        fn push(&mut self, text: &str) -> Result<(), &'static str> {
            self.texts.push(text).map_err(|never| match never {})
        }
        fn len(&self) -> u64 {
            self.texts.len()
        }
        fn for_each(
            &self,
            lengths: impl Iterator<Item = usize>,
            each: impl FnMut(&str),
        ) -> Result<(), &'static str> {
            if self.fail_in_order {
                return Err("in order");
            }
            self.texts
                .for_each(lengths, each)
                .map_err(|never| match never {})
        }
        fn get(&self, _: u64, _: usize) -> Result<std::borrow::Cow<'_, str>, &'static str> {
            Err("one at a time")
        }
        fn shrink_to_fit(&mut self) {}
    }

    /// A failure to read the quotes' texts, for the matching or for a shared quote's members, is
    /// the clustering's error, not a missing or empty cluster.
    #[test]
    fn texts_that_cannot_be_read_are_an_error() {
        let text = "our forces will stay at the border until the talks resume";
        let docs = [
            DocBuilder::new("a").quote(text, None, Direct).build(),
            DocBuilder::new("b").quote(text, None, Direct).build(),
        ];
        assert_eq!(quote_clusters(&docs).len(), 1);
        for fail_in_order in [true, false] {
            let mut table = QuoteTable::with_texts(Unreadable {
                fail_in_order,
                ..Unreadable::default()
            });
            for document in &docs {
                table.add(&document.quotes).unwrap();
            }
            let expected = if fail_in_order {
                "in order"
            } else {
                "one at a time"
            };
            assert_eq!(
                quote_clusters_in(&crate::compare::ids_of(&docs), &table),
                Err(expected)
            );
        }
    }

    fn kinds(member: &ClusterMember) -> Vec<(&str, &str, &str)> {
        member
            .differences
            .iter()
            .map(|d| {
                (
                    d.kind.as_str(),
                    d.representative.as_str(),
                    d.member.as_str(),
                )
            })
            .collect()
    }

    /// Two quotes of one outlet, each inside another outlet's longer quote, are shown against the
    /// longer one, which holds both: neither is aligned with words it does not carry.
    #[test]
    fn a_cluster_joined_through_a_longer_quote_is_shown_against_it() {
        let s = Some("Ines Varga");
        let first = "The ferry crossings must resume before the harvest is lost";
        let second = "We will ask the port authority to publish its safety survey";
        let both = format!("{first}. {second} this week.");
        let docs = vec![
            DocBuilder::new("a")
                .quote(first, s, Direct)
                .quote(second, s, Direct)
                .build(),
            DocBuilder::new("b").quote(&both, s, Direct).build(),
        ];
        let clusters = quote_clusters(&docs);
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters[0].text, both);
        let a_members: Vec<&ClusterMember> = clusters[0]
            .members
            .iter()
            .filter(|m| &*m.document == "a")
            .collect();
        assert_eq!(a_members.len(), 2);
        for member in a_members {
            assert!(
                kinds(member).iter().all(|(kind, _, _)| *kind == "omitted"),
                "{:?}",
                kinds(member)
            );
        }
    }

    /// When the most carried wording is the same utterance as every member, it stays the one shown.
    #[test]
    fn the_most_carried_wording_stays_when_every_member_is_its_utterance() {
        let s = Some("Ines Varga");
        let short = "publish its safety survey within the month";
        let long = "We will ask the port authority to publish its safety survey within the month";
        let docs = vec![
            DocBuilder::new("a").quote(short, s, Partial).build(),
            DocBuilder::new("b").quote(short, s, Partial).build(),
            DocBuilder::new("c").quote(long, s, Direct).build(),
        ];
        let clusters = quote_clusters(&docs);
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters[0].text, short);
    }

    #[test]
    fn fragment_reorder_and_added_word_cluster_together() {
        let s = Some("Pat Quill");
        let docs = vec![
            DocBuilder::new("a")
                .quote("We told them plainly there would be a quick, firm and joint reply to any move against our partners", s, Direct)
                .build(),
            DocBuilder::new("b").quote("joint, quick and firm", s, Partial).build(),
            DocBuilder::new("c").quote("joint, quick and firm", None, Partial).build(),
            DocBuilder::new("d").quote("quick, firm and a joint reply.", s, Partial).build(),
            DocBuilder::new("e").quote("weather was lovely", s, Direct).build(),
        ];
        let clusters = quote_clusters(&docs);
        assert_eq!(clusters.len(), 1);
        let cluster = &clusters[0];
        assert_eq!(cluster.speaker.as_deref(), Some("Pat Quill"));
        assert_eq!(cluster.text, "joint, quick and firm");
        let docs_in: Vec<&str> = cluster.members.iter().map(|m| &*m.document).collect();
        assert_eq!(docs_in, vec!["a", "b", "c", "d"]);
        assert_eq!(
            kinds(&cluster.members[0]),
            vec![
                ("added", "", "We told them plainly there would be a"),
                ("reordered", "joint", "joint"),
                ("reordered", "firm", "firm"),
                ("added", "", "reply to any move against our partners"),
            ]
        );
        let d = &cluster.members[3];
        let k = kinds(d);
        assert!(k.contains(&("added", "", "a reply")), "{k:?}");
        assert!(k.iter().any(|(kind, _, _)| *kind == "reordered"), "{k:?}");
        assert!(cluster.members[1].differences.is_empty());
    }

    #[test]
    fn the_same_words_held_once_keep_each_quote_its_speaker() {
        let words = "The river will rise again before the harvest comes";
        let docs = vec![
            DocBuilder::new("a")
                .quote(words, Some("Ada Kerr"), Direct)
                .build(),
            DocBuilder::new("b")
                .quote(words, Some("Ada Kerr"), Direct)
                .build(),
            DocBuilder::new("c")
                .quote(words, Some("Rob Vale"), Direct)
                .build(),
            DocBuilder::new("d")
                .quote(words, Some("Rob Vale"), Direct)
                .build(),
        ];
        let clusters = quote_clusters(&docs);
        let members: Vec<Vec<&str>> = clusters
            .iter()
            .map(|c| c.members.iter().map(|m| &*m.document).collect())
            .collect();
        assert_eq!(members, vec![vec!["a", "b"], vec!["c", "d"]]);
        assert_eq!(clusters[0].speaker.as_deref(), Some("Ada Kerr"));
    }

    #[test]
    fn changed_and_omitted_words_are_named() {
        let s = Some("Lu Chen");
        let docs = vec![
            DocBuilder::new("a")
                .quote(
                    "the long talks in the city were useful and very frank today",
                    s,
                    Direct,
                )
                .build(),
            DocBuilder::new("b")
                .quote(
                    "the long talks in the city were useful and honest",
                    s,
                    Direct,
                )
                .build(),
            DocBuilder::new("c")
                .quote(
                    "the long talks in the city were useful and honest",
                    s,
                    Direct,
                )
                .build(),
        ];
        let clusters = quote_clusters(&docs);
        assert_eq!(clusters.len(), 1);
        assert_eq!(
            clusters[0].text,
            "the long talks in the city were useful and honest"
        );
        let k = kinds(&clusters[0].members[0]);
        assert_eq!(k, vec![("changed", "honest", "very frank today")]);
    }

    #[test]
    fn no_laughable_clusters() {
        let docs = vec![
            DocBuilder::new("a")
                .quote("aggression", None, Scare)
                .quote("next week", Some("Ann Ode"), Partial)
                .build(),
            DocBuilder::new("b")
                .quote("aggression", None, Scare)
                .quote("next week", Some("Bo Fry"), Partial)
                .build(),
        ];
        assert!(quote_clusters(&docs).is_empty());
    }

    #[test]
    fn same_speaker_short_phrase_clusters_but_not_within_one_document() {
        let s = Some("Ann Ode");
        let docs = vec![
            DocBuilder::new("a")
                .quote("next week", s, Partial)
                .quote("next week", s, Partial)
                .build(),
            DocBuilder::new("b").quote("next week", s, Partial).build(),
            DocBuilder::new("c")
                .quote("rising prices hurt", None, Direct)
                .quote("rising prices hurt", None, Direct)
                .build(),
        ];
        let clusters = quote_clusters(&docs);
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters[0].members.len(), 3);
    }

    #[test]
    fn different_named_speakers_never_merge_through_an_unknown_one() {
        let text = "our forces will stay at the border until the talks resume";
        let docs = vec![
            DocBuilder::new("a")
                .quote(text, Some("Ann Ode"), Direct)
                .build(),
            DocBuilder::new("b").quote(text, None, Direct).build(),
            DocBuilder::new("c")
                .quote(text, Some("Bo Fry"), Direct)
                .build(),
        ];
        let clusters = quote_clusters(&docs);
        for cluster in &clusters {
            let speakers: Vec<&str> = cluster
                .members
                .iter()
                .filter_map(|m| docs.iter().find(|d| d.id == m.document))
                .filter_map(|d| d.quotes[0].speaker.as_deref())
                .collect();
            assert!(speakers.windows(2).all(|w| w[0] == w[1]), "{speakers:?}");
        }
        assert_eq!(clusters.len(), 1);
    }

    /// [`same_utterance`] as the window rule alone decides it, without the shortcuts.
    fn by_window_alone(a: &Item, b: &Item) -> bool {
        let (short, long) = short_and_long(a, b);
        let needed = short.content.len();
        if needed < 2 {
            return false;
        }
        let Some((matched, _, _)) = best_window(short, long) else {
            return false;
        };
        if needed < SHORT_CONTENT {
            if short.speaker.is_some() && short.speaker == long.speaker {
                return matched == needed;
            }
            return short.ids == long.ids;
        }
        matched * 4 >= needed * 3
    }

    fn sorted_content(ids: &[u32]) -> Vec<u32> {
        // Ids below 3 stand for function words.
        let mut content: Vec<u32> = ids.iter().copied().filter(|&id| id >= 3).collect();
        content.sort_unstable();
        content.dedup();
        content
    }

    proptest::proptest! {
        /// The shortcuts (equal words, too few shared content words) never change the answer.
        #[test]
        fn shortcuts_agree_with_the_window_rule(
            a in proptest::collection::vec(0u32..12, 0..24),
            b in proptest::collection::vec(0u32..12, 0..24),
            speakers in (0u8..3, 0u8..3),
            copy in proptest::bool::ANY,
        ) {
            let b = if copy { a.clone() } else { b };
            let (content_a, content_b) = (sorted_content(&a), sorted_content(&b));
            let name = |n: u8| ["", "Ann Lee", "Bo Ray"][usize::from(n)];
            let speaker = |n: u8| (n > 0).then(|| name(n));
            let item = |doc, ids, content, n| Item {
                doc,
                quote: 0,
                speaker: speaker(n),
                ids,
                content,
            };
            let first = item(0, &a[..], &content_a[..], speakers.0);
            let second = item(1, &b[..], &content_b[..], speakers.1);
            proptest::prop_assert_eq!(
                same_utterance(&first, &second),
                by_window_alone(&first, &second)
            );
        }
    }
}
