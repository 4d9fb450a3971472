// A word ladder found by breadth-first search over a dictionary, with a VecDeque and parent indices.
use std::collections::VecDeque;

fn one_apart(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.chars().zip(b.chars()).filter(|(x, y)| x != y).count() == 1
}

fn ladder(words: &[&str], from: &str, to: &str) -> Option<Vec<String>> {
    let start = words.iter().position(|w| *w == from)?;
    let goal = words.iter().position(|w| *w == to)?;
    let mut parent: Vec<Option<usize>> = vec![None; words.len()];
    let mut seen = vec![false; words.len()];
    let mut queue = VecDeque::new();
    seen[start] = true;
    queue.push_back(start);
    while let Some(cur) = queue.pop_front() {
        if cur == goal {
            let mut path = vec![words[cur].to_string()];
            let mut at = cur;
            while let Some(p) = parent[at] {
                path.push(words[p].to_uppercase());
                at = p;
            }
            path.reverse();
            return Some(path);
        }
        for (i, w) in words.iter().enumerate() {
            if !seen[i] && one_apart(words[cur], w) {
                seen[i] = true;
                parent[i] = Some(cur);
                queue.push_back(i);
            }
        }
    }
    None
}

fn main() {
    let dict = ["cold", "cord", "card", "ward", "warm", "word", "worm", "corm", "wore", "core", "bird"];
    for (a, b) in [("cold", "warm"), ("cold", "cold"), ("word", "bird"), ("cold", "hot")] {
        match ladder(&dict, a, b) {
            Some(path) => println!("{} -> {}: {} steps: {}", a, b, path.len() - 1, path.join(" > ")),
            None => println!("{} -> {}: no ladder", a, b),
        }
    }
    let neighbours: Vec<(&str, usize)> = dict.iter().map(|w| (*w, dict.iter().filter(|v| one_apart(w, v)).count())).collect();
    let most = neighbours.iter().max_by_key(|(_, n)| *n).unwrap();
    println!("most connected: {} ({})", most.0, most.1);
    let mut q: VecDeque<i32> = (1..=5).collect();
    q.rotate_left(2);
    q.push_front(0);
    println!("{:?} front {:?} back {:?}", q, q.front(), q.back());
}
