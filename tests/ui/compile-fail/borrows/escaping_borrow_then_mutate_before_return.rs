//@ compile-fail
// A borrow returned on one path keeps the parameter borrowed on the other path too.
fn first_or_insert(v: &mut Vec<String>) -> &String {
    if let Some(s) = v.first() {
        return s;
    }
    v.push(String::from("new")); //~ ERROR E0502
    &v[0]
}

fn main() {
    let mut v = Vec::new();
    println!("{}", first_or_insert(&mut v));
}
