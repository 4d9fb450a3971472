// counting pairs: match on get_mut, insert in the None arm after the borrow ended (NLL)
use std::collections::HashMap;

fn bump(counts: &mut HashMap<(char, char), u32>, key: (char, char)) {
    match counts.get_mut(&key) {
        Some(n) => *n += 1,
        None => {
            counts.insert(key, 1);
        }
    }
}

fn main() {
    let mut counts = HashMap::new();
    let polymer: Vec<char> = "NNCBNNCB".chars().collect();
    for w in polymer.windows(2) {
        bump(&mut counts, (w[0], w[1]));
    }
    let mut pairs: Vec<_> = counts.into_iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
}
