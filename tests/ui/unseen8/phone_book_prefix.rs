// A phone book in a BTreeMap: prefix search with range(), renames via remove/insert, and grouping by first letter.
use std::collections::BTreeMap;

struct PhoneBook {
    entries: BTreeMap<String, Vec<String>>,
}

impl PhoneBook {
    fn new() -> Self {
        PhoneBook { entries: BTreeMap::new() }
    }

    fn add(&mut self, name: &str, number: &str) {
        self.entries.entry(name.to_lowercase()).or_insert_with(Vec::new).push(number.to_string());
    }

    fn with_prefix(&self, prefix: &str) -> Vec<(&String, &Vec<String>)> {
        let start = prefix.to_lowercase();
        self.entries.range(start.clone()..).take_while(|(k, _)| k.starts_with(&start)).collect()
    }

    fn rename(&mut self, old: &str, new: &str) -> Result<(), String> {
        if self.entries.contains_key(new) {
            return Err(format!("{} already exists", new));
        }
        let numbers = self.entries.remove(old).ok_or_else(|| format!("no entry {}", old))?;
        self.entries.insert(new.to_string(), numbers);
        Ok(())
    }
}

fn main() {
    let mut book = PhoneBook::new();
    let data = [("Martin", "555-0101"), ("marta", "555-0144"), ("Mark", "555-0199"), ("Alice", "555-0000"), ("Bob", "555-1234"), ("martin", "555-0102"), ("Zoe", "555-9999")];
    for (n, p) in data {
        book.add(n, p);
    }
    println!("{} names", book.entries.len());
    for prefix in ["mar", "mart", "b", "x"] {
        let hits = book.with_prefix(prefix);
        let shown: Vec<String> = hits.iter().map(|(k, v)| format!("{}{:?}", k, v)).collect();
        println!("{:>4}: {}", prefix, if shown.is_empty() { "-".to_string() } else { shown.join(" ") });
    }
    println!("{:?}", book.rename("bob", "robert"));
    println!("{:?}", book.rename("nobody", "x"));
    println!("{:?}", book.rename("alice", "zoe"));
    let mut groups: BTreeMap<char, usize> = BTreeMap::new();
    for name in book.entries.keys() {
        *groups.entry(name.chars().next().unwrap()).or_insert(0) += 1;
    }
    println!("groups: {:?}", groups);
    let first = book.entries.iter().next().map(|(k, _)| k.clone());
    let last = book.entries.keys().next_back().cloned();
    println!("first {:?}, last {:?}", first, last);
    let many: Vec<&str> = book.entries.iter().filter(|(_, v)| v.len() > 1).map(|(k, _)| k.as_str()).collect();
    println!("several numbers: {:?}", many);
}
