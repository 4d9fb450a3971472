//@ compile-fail
// In a loop, each item of `line.split(' ')` borrows `line`, whose lifetime is elided: not `'a`.
fn collect_words<'a>(v: &mut Vec<&'a str>, line: &str) {
    for t in line.split(' ') {
        v.push(t); //~ ERROR E0621
    }
}
fn main() {
    let mut v = vec![];
    collect_words(&mut v, "a b");
    println!("{}", v.len());
}
