// HashSet and HashMap for tags: union, intersection, difference, counting, printed in sorted order.
use std::collections::{HashMap, HashSet};

fn sorted<'a>(set: impl Iterator<Item = &'a &'a str>) -> Vec<&'a str> {
    let mut v: Vec<&str> = set.copied().collect();
    v.sort_unstable();
    v
}

fn main() {
    let posts: Vec<(&str, Vec<&str>)> = vec![
        ("intro", vec!["rust", "beginner", "memory"]),
        ("borrowing", vec!["rust", "memory", "ownership"]),
        ("threads", vec!["rust", "concurrency"]),
        ("gc", vec!["java", "memory"]),
    ];
    let mut tag_count: HashMap<&str, usize> = HashMap::new();
    let mut all: HashSet<&str> = HashSet::new();
    for (_, tags) in &posts {
        for &t in tags {
            *tag_count.entry(t).or_default() += 1;
            all.insert(t);
        }
    }
    println!("{} distinct tags: {:?}", all.len(), sorted(all.iter()));
    let a: HashSet<&str> = posts[0].1.iter().copied().collect();
    let b: HashSet<&str> = posts[1].1.iter().copied().collect();
    println!("union {:?}", sorted(a.union(&b)));
    println!("both {:?}", sorted(a.intersection(&b)));
    println!("only intro {:?}", sorted(a.difference(&b)));
    println!("either but not both {:?}", sorted(a.symmetric_difference(&b)));
    println!("subset? {} disjoint? {}", a.is_subset(&all), a.is_disjoint(&b));
    let mut counts: Vec<(&str, usize)> = tag_count.into_iter().collect();
    counts.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
    println!("{:?}", counts);
    let memory_posts: Vec<&str> = posts.iter().filter(|(_, t)| t.contains(&"memory")).map(|(n, _)| *n).collect();
    println!("memory posts: {:?}", memory_posts);
    let mut seen = HashSet::new();
    let dups: Vec<char> = "programming".chars().filter(|c| !seen.insert(*c)).collect();
    println!("repeated letters: {:?}", dups);
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, w) in "to be or not to be".split(' ').enumerate() {
        index.entry(w.to_string()).or_insert_with(Vec::new).push(i);
    }
    let mut keys: Vec<_> = index.keys().cloned().collect();
    keys.sort();
    for k in &keys {
        println!("{k:>3} -> {:?}", index[k]);
    }
    println!("removed {:?}, now {} keys", index.remove("be"), index.len());
    println!("{}", index.contains_key("be"));
}
