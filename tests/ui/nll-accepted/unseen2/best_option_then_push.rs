// `best` borrows the list during the loop; pushing is fine after its last use.
fn main() {
    let mut names = vec![String::from("al"), String::from("beatrice"), String::from("cy")];
    let mut best: Option<&String> = None;
    for s in &names {
        if best.map_or(true, |b| s.len() > b.len()) {
            best = Some(s);
        }
    }
    let chosen = best.cloned().unwrap_or_default();
    names.push(chosen.to_uppercase());
    println!("{} {:?}", chosen, names);
}
