//@ compile-fail
// A reference to a field inside the slice's items lives as long as the slice, not as long as `'a`.
struct Entry<'a> {
    text: &'a str,
    line: u32,
}

fn first_line<'a>(entries: &[Entry<'a>]) -> Option<&'a u32> {
    entries.iter().map(|e| &e.line).next() //~ ERROR E0621
}

fn main() {
    let s = String::from("x");
    let v = vec![Entry { text: &s, line: 3 }];
    println!("{:?} {}", first_line(&v), v[0].text);
}
