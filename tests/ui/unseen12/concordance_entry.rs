// A concordance: each word's line and column positions gathered with the HashMap entry API, printed via a BTreeMap.
use std::collections::{BTreeMap, HashMap};

fn concordance(text: &str) -> HashMap<String, Vec<(usize, usize)>> {
    let mut map: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for (ln, line) in text.lines().enumerate() {
        for (col, word) in line.split(' ').enumerate() {
            let clean: String = word.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
            if clean.is_empty() {
                continue;
            }
            map.entry(clean).or_default().push((ln + 1, col + 1));
        }
    }
    map
}

fn main() {
    let poem = "Row, row, row your boat\nGently down the stream\nMerrily, merrily, merrily, merrily\nLife is but a dream";
    let c = concordance(poem);
    let sorted: BTreeMap<&String, &Vec<(usize, usize)>> = c.iter().collect();
    for (word, places) in &sorted {
        let where_: Vec<String> = places.iter().map(|(l, c)| format!("{}:{}", l, c)).collect();
        println!("{:<8} {}", word, where_.join(" "));
    }
    let mut by_count: Vec<(usize, &str)> = c.iter().map(|(w, p)| (p.len(), w.as_str())).collect();
    by_count.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    println!("top three: {:?}", &by_count[..3]);
    let once = c.values().filter(|p| p.len() == 1).count();
    println!("{} distinct words, {} used once", c.len(), once);
    println!("'stream' at {:?}, 'river' at {:?}", c.get("stream"), c.get("river"));
    let lines_with_row = c.get("row").map(|p| {
        let mut ls: Vec<usize> = p.iter().map(|&(l, _)| l).collect();
        ls.dedup();
        ls
    });
    println!("'row' on lines {:?}", lines_with_row);
}
