//@ compile-fail
// The same store in a `while let` loop over the iterator.
fn collect_words<'a>(v: &mut Vec<&'a str>, line: &str) {
    let mut it = line.split_whitespace();
    while let Some(t) = it.next() {
        v.push(t); //~ ERROR E0621
    }
}
fn main() {
    let mut v = vec![];
    collect_words(&mut v, "a b");
    println!("{}", v.len());
}
