//@ compile-fail
// A field read out of a by-value `Wrapper<'b>` parameter is pushed into a `Vec<&'a str>`.
struct Wrapper<'a> {
    text: &'a str,
}

fn collect<'a, 'b>(list: &mut Vec<&'a str>, w: Wrapper<'b>) {
    list.push(w.text); //~ ERROR lifetime may not live long enough
}

fn main() {
    let mut list = Vec::new();
    collect(&mut list, Wrapper { text: "x" });
    println!("{}", list.len());
}
