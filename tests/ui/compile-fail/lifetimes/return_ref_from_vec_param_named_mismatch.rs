//@ compile-fail
// Returning an element of one vector where the other's lifetime is promised.
fn first<'a, 'b>(a: &'a Vec<String>, b: &'b Vec<String>) -> &'a String {
    if a.is_empty() { &b[0] } else { &a[0] } //~ ERROR lifetime may not live long enough
}

fn main() {
    let a = vec![String::from("a")];
    let b = vec![String::from("b")];
    println!("{}", first(&a, &b));
}
