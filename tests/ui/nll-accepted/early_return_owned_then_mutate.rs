// Returning an owned clone on one path and mutating on the other.
fn first_or_push(v: &mut Vec<String>) -> String {
    if let Some(s) = v.first() {
        return s.clone();
    }
    v.push(String::from("new"));
    v[0].clone()
}

fn main() {
    let mut v = Vec::new();
    println!("{}", first_or_push(&mut v));
    println!("{}", first_or_push(&mut v));
}
