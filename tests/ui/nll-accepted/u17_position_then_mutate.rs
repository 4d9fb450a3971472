// Find an index with `iter().position`, then update or push: the iterator's borrow ends before the mutation.
#[derive(Debug)]
struct Entry {
    key: String,
    hits: u32,
}

fn touch(entries: &mut Vec<Entry>, key: &str) {
    match entries.iter().position(|e| e.key == key) {
        Some(i) => entries[i].hits += 1,
        None => entries.push(Entry { key: key.to_string(), hits: 1 }),
    }
}

fn main() {
    let mut entries = Vec::new();
    for k in ["x", "y", "x", "z", "x"] {
        touch(&mut entries, k);
    }
    let best = entries.iter().max_by_key(|e| e.hits).map(|e| e.key.clone());
    entries.retain(|e| e.hits > 1);
    println!("{:?} best {:?}", entries, best);
}
