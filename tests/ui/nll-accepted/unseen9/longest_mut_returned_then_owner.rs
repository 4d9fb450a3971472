// A function returns a &mut to the longest name; after it is used, the owner vector is pushed to.
fn longest_mut(names: &mut Vec<String>) -> &mut String {
    let mut best = 0;
    for (i, n) in names.iter().enumerate() {
        if n.len() > names[best].len() {
            best = i;
        }
    }
    &mut names[best]
}

fn main() {
    let mut names = vec!["ada".to_string(), "grace".to_string(), "alan".to_string()];
    let l = longest_mut(&mut names);
    l.push_str(" hopper");
    names.push("linus".to_string());
    println!("{:?}", names);
}
