// The index found by a borrowing search is a plain usize, so the Vec can be mutated with it right away.
fn main() {
    let mut waiting = vec!["ann".to_string(), "bo".to_string(), "cy".to_string()];
    if let Some(i) = waiting.iter().position(|n| n == "bo") {
        let who = waiting.remove(i);
        waiting.push(who + "!");
    }
    let longest = waiting.iter().map(|n| n.len()).max().unwrap_or(0);
    waiting.truncate(longest);
    println!("{:?}", waiting);
}
