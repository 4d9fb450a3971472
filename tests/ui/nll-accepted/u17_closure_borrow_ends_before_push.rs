// A filter closure borrowing a list is used, and the list is mutated after the closure's last use.
fn main() {
    let mut tags: Vec<String> = vec!["rust".into(), "java".into(), "python".into()];
    let banned = String::from("java");
    let is_allowed = |t: &String| *t != banned && tags.len() < 10;
    let allowed: Vec<String> = tags.iter().filter(|t| is_allowed(t)).cloned().collect();
    tags.push("go".to_string());
    tags.retain(|t| allowed.contains(t) || t == "go");
    println!("{:?} {:?}", allowed, tags);
}
