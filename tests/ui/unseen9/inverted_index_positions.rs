// An inverted index from lowercased words to (line, word) positions, queried with AND over several words.
use std::collections::{BTreeSet, HashMap};

struct Index {
    lines: Vec<String>,
    postings: HashMap<String, Vec<(usize, usize)>>,
}

impl Index {
    fn build(text: &str) -> Index {
        let mut postings: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        let lines: Vec<String> = text.lines().map(String::from).collect();
        for (ln, line) in lines.iter().enumerate() {
            for (wn, word) in line.split_whitespace().enumerate() {
                let clean: String = word.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
                if clean.is_empty() {
                    continue;
                }
                postings.entry(clean).or_default().push((ln + 1, wn + 1));
            }
        }
        Index { lines, postings }
    }

    fn lines_with(&self, word: &str) -> BTreeSet<usize> {
        self.postings
            .get(&word.to_lowercase())
            .map(|ps| ps.iter().map(|(l, _)| *l).collect())
            .unwrap_or_default()
    }

    fn query(&self, words: &[&str]) -> Vec<usize> {
        let mut sets = words.iter().map(|w| self.lines_with(w));
        let first = match sets.next() {
            Some(s) => s,
            None => return Vec::new(),
        };
        sets.fold(first, |acc, s| acc.intersection(&s).cloned().collect()).into_iter().collect()
    }
}

fn main() {
    let text = "Ownership is Rust's most unique feature.\n\
                It enables Rust to make memory safety guarantees.\n\
                Borrowing lets you use a value without ownership.\n\
                The borrow checker enforces these rules, and memory stays safe.\n\
                Rust rules!";
    let index = Index::build(text);
    println!("{} lines, {} distinct words", index.lines.len(), index.postings.len());
    let mut frequent: Vec<(&String, usize)> = index.postings.iter().map(|(w, p)| (w, p.len())).filter(|(_, n)| *n > 1).collect();
    frequent.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("repeated words: {:?}", frequent);
    println!("positions of 'rust': {:?}", index.postings["rust"]);
    for q in [vec!["rust"], vec!["memory", "rust"], vec!["ownership"], vec!["rules", "memory"], vec!["python"], vec![]] {
        let hits = index.query(&q);
        println!("{:?} -> lines {:?}", q, hits);
        for l in hits.iter().take(1) {
            println!("    {}", index.lines[l - 1]);
        }
    }
}
